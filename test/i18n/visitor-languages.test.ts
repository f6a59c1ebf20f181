// The internationalisation audit's findings (qa-reports/i18n.md): what a visitor reading Chinese, Russian, Arabic,
// French… sees in lines the widgets put together from Intl and their catalogues.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { generate, item, q, qa, sampleSchedule } from '../elements/schedule-helpers.js';
import '../../src/elements/countdown/plenary-countdown.js';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';

/** Text without the bidi isolates (U+2068…U+2069) that wrap the data's texts, spaces collapsed. */
const plain = (el: Element | null | undefined) => el!.textContent!.replace(/[\u2068\u2069]/g, '').replace(/[ \t\n\r]+/g, ' ').trim();

describe('visitor languages', () => {
  // One widget at a time: a second fixture far below the first would wait for the viewport.
  afterEach(() => fixtureCleanup());

  it('lists interpretation languages with the language’s separators (finding 1)', async () => {
    // The list was formatted as a duration's units: "英语俄语阿拉伯语" and "английский русский арабский", no separators.
    const line = async (lang: string) => {
      fixtureCleanup();
      const el = await sampleSchedule({ lang, view: 'list' });
      await waitUntil(() => item(el, 's-opening'), 'no session rendered');
      return plain(item(el, 's-opening')!.querySelector('.m'));
    };
    expect(await line('zh')).to.contain('中文，同声传译：英语、俄语和阿拉伯语');
    expect(await line('ru')).to.contain('китайский, перевод: английский, русский и арабский');
    expect(await line('en')).to.contain('Chinese, interpretation: English, Russian, and Arabic');
  });

  it('names the zone once in Arabic: Intl’s zone names already say "توقيت" (finding 2)', async () => {
    const el = await sampleSchedule({ lang: 'ar', 'time-zone': 'America/Los_Angeles' });
    const zone = (z: string) => new Intl.DateTimeFormat('ar', { timeZone: z, timeZoneName: 'long' }).formatToParts(Date.UTC(2023, 10, 6)).find((p) => p.type === 'timeZoneName')!.value;
    expect(zone('Asia/Shanghai')).to.match(/^توقيت/);
    // "الأوقات بتوقيت توقيت المحيط الهادي الرسمي" before: "times in time Pacific Standard Time".
    expect(plain(q(el, '.zn'))).to.equal(`الأوقات حسب ${zone('America/Los_Angeles')}`);
    expect(qa(el, '.bar button').map(plain)).to.include(`اعرض الأوقات حسب ${zone('Asia/Shanghai')}`);
  });

  it('writes a speaker’s session across midnight as one range, each end with its day (finding 3)', async () => {
    // Li Minghua's ministerial dialogue, 14:30–16:30 in Chongqing, is 22:30–00:30 the evening before in Los Angeles.
    const start = Date.parse('2023-11-06T14:30:00+08:00');
    const end = Date.parse('2023-11-06T16:30:00+08:00');
    for (const lang of ['en', 'zh', 'ar']) {
      fixtureCleanup();
      const el = await fixture(html`<plenary-speaker-grid lang=${lang} src="/public/conference.json" time-zone="America/Los_Angeles"></plenary-speaker-grid>`);
      await waitUntil(() => q(el, '.open[data-id="sp-li"]'), 'no card');
      q(el, '.open[data-id="sp-li"]')!.click();
      await waitUntil(() => q(el, 'dialog .sessions'), 'no dialog');
      const when = plain(q(el, 'dialog .sessions button[data-id="s-min-dialogue"] .when'));
      const intl = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'America/Los_Angeles' });
      // Before: "Sun, Nov 5, 11/5/2023, 10:30 PM – 11/6/2023, 12:30 AM PST", "11月5日周日, 2023/11/5 22:30 – 2023/11/6 00:30".
      expect(when, lang).to.match(new RegExp(`^${intl.formatRange(start, end)} `));
      expect(when, lang).not.to.contain('2023');
    }
  });

  it('agrees "and N more" with its number in French and Arabic (finding 4)', async () => {
    // Four sessions at 09:00 in four rooms: the countdown names three and says how many more.
    const data = generate({ perDay: 4, rooms: 4 });
    const more = async (lang: string) => {
      fixtureCleanup();
      const el = await fixture(html`<plenary-countdown lang=${lang} .data=${data} now="2024-03-04T09:10:00+08:00"></plenary-countdown>`);
      await waitUntil(() => q(el, '[part=live] li:nth-child(4)'), 'no live list');
      return plain(q(el, '[part=live] li:nth-child(4)'));
    };
    expect(await more('en')).to.equal('and 1 more');
    expect(await more('fr')).to.equal('et 1 autre'); // was "et 1 autres"
    expect(await more('ar')).to.equal('وجلسة أخرى'); // was "و1 أخرى"
  });

  it('writes the schedule’s counts in the visitor’s digits, and in full-width brackets in Chinese (finding 5)', async () => {
    // An Egyptian page: Intl writes Arabic-Indic digits ("٤٢ جلسة"); the counts in brackets were Latin: "برنامجي (0)".
    const nf = new Intl.NumberFormat('ar-EG');
    expect(nf.format(0)).to.equal('٠');
    let el = await sampleSchedule({ lang: 'ar-EG' });
    expect(plain(q(el, '.bar .agenda'))).to.equal(`برنامجي (${nf.format(0)})`);
    const counts = qa(el, '.fs .n').map(plain);
    expect(counts.length).to.be.greaterThan(5);
    for (const c of counts) expect(c).to.match(/^\([٠-٩]+\)$/);
    // Search: each day tab shows its matches.
    const input = q<HTMLInputElement>(el, 'input[type=search]')!;
    input.value = 'climate';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => q(el, '[role=tab] .n'), 'no counts on the tabs');
    for (const t of qa(el, '[role=tab] .n')) expect(plain(t)).to.match(/^\([٠-٩]+\)$/);
    fixtureCleanup();
    el = await sampleSchedule({ lang: 'zh' });
    expect(plain(q(el, '.bar .agenda'))).to.equal('我的日程（0）');
  });

  it('punctuates the schedule’s lines as each language does (finding 6)', async () => {
    // Chinese: full-width brackets, semicolons, commas and colons; Arabic: its comma and semicolon; French: a
    // no-break space before a colon or semicolon. Were ASCII in every language: "王晓宇 (嘉陵大学); 德米特里·沃尔科夫".
    const people = (el: Element) => plain(item(el, 's-opening')!.querySelectorAll('.m')[1]);
    localStorage.setItem('plenary:favorites:bri-stec-2023', '["s-opening"]');
    try {
      let el = await sampleSchedule({ lang: 'zh', view: 'list' });
      await waitUntil(() => item(el, 's-opening'), 'no session rendered');
      expect(people(el)).to.equal('王晓宇（嘉陵大学）；德米特里·沃尔科夫；李明华（长江高等研究院）');
      expect(qa(el, '.bar button').map(plain)).to.include('添加到日历：我的日程');
      fixtureCleanup();
      el = await sampleSchedule({ lang: 'ar', view: 'list' });
      await waitUntil(() => item(el, 's-opening'), 'no session rendered');
      expect(people(el)).to.equal('Wang Xiaoyu (Jialing University)؛ Dmitri Volkov؛ Li Minghua (Yangtze Institute for Advanced Study)');
      fixtureCleanup();
      el = await sampleSchedule({ lang: 'fr', view: 'list' });
      await waitUntil(() => item(el, 's-opening'), 'no session rendered');
      expect(people(el)).to.equal('Wang Xiaoyu (Jialing University)\u00a0; Dmitri Volkov\u00a0; Li Minghua (Yangtze Institute for Advanced Study)');
      expect(plain(q(el, '.zn'))).to.match(/^Heures\u00a0: /);
      expect(qa(el, '.bar button').map(plain)).to.include('Ajouter au calendrier\u00a0: Mon programme');
      // The details: position, affiliation and country; the zone after the date.
      fixtureCleanup();
      el = await sampleSchedule({ lang: 'zh', session: 's-opening' });
      location.hash = '#plenary-session=s-opening';
      await waitUntil(() => q(el, 'dialog[open] .people'), 'no dialog');
      expect(plain(q(el, 'dialog .people li div div'))).to.equal('校长，嘉陵大学，中国');
      expect(plain(q(el, 'dialog .when'))).to.match(/（中国标准时间）$/);
      q<HTMLDialogElement>(el, 'dialog')!.close();
    } finally {
      localStorage.clear();
      history.replaceState(null, '', location.pathname);
    }
  });

  it('names the zone of what is next in the countdown, with the day when it is another (finding 7)', async () => {
    // Between the days, seen from Los Angeles: the next session is at 17:00 there. The time had no zone, so a visitor
    // could not tell it from their own clock's; the day and time were run together ("Tue, Nov 7 9:00 AM").
    const data = await (await fetch('/public/conference.json')).json();
    const el = await fixture(html`<plenary-countdown lang="zh" .data=${data} time-zone="America/Los_Angeles" now="2023-11-06T20:00:00+08:00"></plenary-countdown>`);
    await waitUntil(() => q(el, '[part=live] time'), 'no next');
    const at = Date.parse('2023-11-07T09:00:00+08:00');
    const zone = new Intl.DateTimeFormat('zh', { timeZone: 'America/Los_Angeles', timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
    const time = new Intl.DateTimeFormat('zh', { timeZone: 'America/Los_Angeles', hour: 'numeric', minute: '2-digit' }).format(at);
    expect(plain(q(el, '[part=live] time'))).to.equal(`${time} ${zone}`);
  });

  it('keeps a speaker’s affiliation in its brackets in an Arabic line, however the line wraps (finding 11)', async () => {
    // Each part was its own isolate in the Arabic line, so the brackets took the line's direction: a Latin
    // "Li Minghua (Yangtze Institute…)" read "(Yangtze Institute…) Li Minghua" and, wrapped, "…Study) Li Minghua".
    const el = await sampleSchedule({ lang: 'ar', view: 'list' });
    await waitUntil(() => item(el, 's-keynote-li'), 'no session rendered');
    const line = item(el, 's-keynote-li')!.querySelectorAll('.m')[1]!;
    expect(plain(line)).to.equal('Li Minghua (Yangtze Institute for Advanced Study)');
    const text = [...line.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Li'))!;
    const at = (s: string) => {
      const r = document.createRange();
      const i = text.textContent!.indexOf(s);
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect();
    };
    // One line: the name, then the affiliation in its brackets, left to right as the person's own script runs.
    expect(at('L').left).to.be.below(at('(').left);
    expect(at('(').left).to.be.below(at('Y').left);
    expect(at('Y').left).to.be.below(at(')').left);
    // Wrapped in a narrow cell: the closing bracket ends the last line, after the end of the affiliation.
    line.closest<HTMLElement>('.s')!.style.inlineSize = '9em';
    expect(at('y').top).to.equal(at(')').top);
    expect(at('y').left).to.be.below(at(')').left);
    expect(at('L').top).to.be.below(at(')').top);
  });
});
