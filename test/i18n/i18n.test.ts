import { expect } from '@open-wc/testing';
import { UI_LANGUAGES, resolveLocale, translate, type Catalog } from '../../src/i18n/i18n.js';
import { common } from '../../src/i18n/common.js';
import { catalogs } from './catalogs.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function check(name: string, cat: Catalog) {
  const keys = Object.keys(cat.en);
  expect(keys.length, `${name} has English strings`).to.be.greaterThan(0);
  for (const lang of UI_LANGUAGES) {
    const msgs = cat[lang];
    expect(msgs, `${name}: ${lang} missing`).to.be.an('object');
    expect(Object.keys(msgs).sort(), `${name}: ${lang} keys`).to.deep.equal([...keys].sort());
    for (const key of keys) {
      const m = msgs[key]!;
      const en = cat.en[key]!;
      const forms = typeof m === 'string' ? [m] : Object.values(m);
      const enForms = typeof en === 'string' ? [en] : Object.values(en);
      for (const f of forms) expect(f.trim(), `${name}.${lang}.${key} is empty`).to.not.equal('');
      if (typeof en !== 'string') {
        expect(typeof m, `${name}.${lang}.${key} must have plural forms`).to.equal('object');
        const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const c of needed) expect(m, `${name}.${lang}.${key} lacks the "${c}" form`).to.satisfy((x: object) => c in x || 'other' in x);
      }
      // Every placeholder English uses must exist in the translation (in some form).
      const enPh = new Set(enForms.flatMap(placeholders));
      const ph = new Set(forms.flatMap(placeholders));
      for (const p of enPh) if (p !== 'n') expect(ph.has(p), `${name}.${lang}.${key} lacks {${p}}`).to.equal(true);
    }
  }
}

describe('i18n', () => {
  it('has every string in all six languages, with the same placeholders', () => {
    check('common', common);
    for (const [name, cat] of Object.entries(catalogs)) check(name, cat);
  });

  it('resolves languages, falling back to English, with direction', () => {
    expect(resolveLocale('zh-Hans-CN')).to.include({ ui: 'zh', dir: 'ltr' });
    expect(resolveLocale('ar-EG')).to.include({ ui: 'ar', dir: 'rtl' });
    // Right-to-left languages without messages get an English widget, laid out as English.
    expect(resolveLocale('fa')).to.include({ ui: 'en', tag: 'en-IR', lang: 'fa', dir: 'ltr' });
    // Old forms are canonicalised: iw is Hebrew, ji Yiddish.
    expect(resolveLocale('iw-IL')).to.include({ lang: 'he-IL', tag: 'en-IL', dir: 'ltr' });
    expect(resolveLocale('ji')).to.include({ lang: 'yi', dir: 'ltr' });
    expect(resolveLocale('th-TH-u-ca-buddhist')).to.include({ tag: 'en-TH-u-ca-buddhist' });
    expect(resolveLocale('ku-Arab-IQ')).to.include({ ui: 'en', tag: 'en-IQ', dir: 'ltr' });
    expect(resolveLocale('AR-eg')).to.include({ ui: 'ar', tag: 'ar-EG', dir: 'rtl' });
    // Without a catalogue: English messages, and English formatting in the region's conventions, so the widget
    // speaks one language; the language asked for still picks the conference's own texts.
    expect(resolveLocale('de-CH')).to.include({ ui: 'en', tag: 'en-CH', lang: 'de-CH' });
    // With no region, the language's likely one: Japanese conventions for an English widget on a Japanese page.
    expect(resolveLocale('ja')).to.include({ ui: 'en', tag: 'en-JP', lang: 'ja' });
    expect(resolveLocale('de')).to.include({ tag: 'en-DE' });
    expect(resolveLocale('es-419')).to.include({ ui: 'es', tag: 'es-419', lang: 'es-419' });
    // The messages are Simplified, so Intl's names and dates are too (one script per widget); the page's own
    // language still picks the conference's texts.
    expect(resolveLocale('zh-Hant-TW')).to.include({ ui: 'zh', tag: 'zh-Hans-TW', lang: 'zh-Hant-TW' });
    expect(resolveLocale('zh-TW')).to.include({ tag: 'zh-Hans-TW', lang: 'zh-TW' });
    expect(resolveLocale('zh-HK')).to.include({ tag: 'zh-Hans-HK' });
    expect(resolveLocale('zh-Hant')).to.include({ tag: 'zh-Hans-TW' });
    expect(resolveLocale('zh-SG')).to.include({ tag: 'zh-SG' });
    expect(resolveLocale('zh')).to.include({ tag: 'zh' });
    expect(resolveLocale('not a tag!!').ui).to.equal('en');
    expect(resolveLocale('FR_ca').tag).to.equal('fr-CA');
  });

  it('looks up likely subtags only where it uses them (ICU loading before the first render)', () => {
    const intl = Intl as { Locale: typeof Intl.Locale };
    const real = intl.Locale;
    const asked: string[] = [];
    intl.Locale = class extends real {
      constructor(tag: string, options?: Intl.LocaleOptions) {
        super(tag, options);
        asked.push(tag);
      }
    } as typeof Intl.Locale;
    try {
      // A private-use subtag makes each tag new to the cache.
      for (const tag of ['en-x-p1', 'fr-x-p1', 'ar-EG-x-p1', 'es-419-x-p1', 'ru-x-p1', 'de-CH-x-p1']) expect(resolveLocale(tag).tag).to.equal(tag.replace('de', 'en'));
      expect(asked, 'pages in a language with messages, or naming a region').to.deep.equal([]);
      expect(resolveLocale('de-x-p1').tag).to.equal('en-DE-x-p1');
      expect(resolveLocale('zh-TW-x-p1').tag).to.equal('zh-Hans-TW-x-p1');
      expect(asked).to.deep.equal(['de-x-p1', 'zh-TW-x-p1']);
    } finally {
      intl.Locale = real;
    }
  });

  it('picks plural forms by language and formats numbers in the visitor digits', () => {
    const cat = {
      en: { n: { one: '{n} session', other: '{n} sessions' } },
      zh: { n: { other: '{n} 场' } },
      ar: { n: { zero: 'لا جلسات', one: 'جلسة واحدة', two: 'جلستان', few: '{n} جلسات', many: '{n} جلسة', other: '{n} جلسة' } },
      fr: { n: { one: '{n} séance', other: '{n} séances' } },
      ru: { n: { one: '{n} сессия', few: '{n} сессии', many: '{n} сессий', other: '{n} сессии' } },
      es: { n: { one: '{n} sesión', other: '{n} sesiones' } },
    } satisfies Catalog;
    expect(translate(cat, resolveLocale('en'), 'n', { n: 1 })).to.equal('1 session');
    expect(translate(cat, resolveLocale('en'), 'n', { n: 1200 })).to.equal('1,200 sessions');
    expect(translate(cat, resolveLocale('ru'), 'n', { n: 3 })).to.equal('3 сессии');
    expect(translate(cat, resolveLocale('ru'), 'n', { n: 5 })).to.equal('5 сессий');
    expect(translate(cat, resolveLocale('ar'), 'n', { n: 3 })).to.equal(`${new Intl.NumberFormat('ar').format(3)} جلسات`);
    expect(translate(cat, resolveLocale('de'), 'n', { n: 2 })).to.equal('2 sessions');
    // A language without its own catalogue gets English messages with English plural forms: Japanese has no
    // singular, and Portuguese counts 0 as one, but the English message needs "1 session" and "0 sessions".
    expect(translate(cat, resolveLocale('ja'), 'n', { n: 1 })).to.equal('1 session');
    expect(translate(cat, resolveLocale('pt-BR'), 'n', { n: 0 })).to.equal('0 sessions');
    expect(translate(cat, resolveLocale('fr-CA'), 'n', { n: 0 })).to.equal('0 séance');
  });
});
