// The internationalisation audit's findings (qa-reports/i18n.md): what a visitor reading Chinese, Russian, Arabic,
// French… sees in lines the widgets put together from Intl and their catalogues.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { item, q, qa, sampleSchedule } from '../elements/schedule-helpers.js';

/** Text without the bidi isolates (U+2068…U+2069) that wrap the data's texts, spaces collapsed. */
const plain = (el: Element | null | undefined) => el!.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

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
});
