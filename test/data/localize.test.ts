import { expect } from '@open-wc/testing';
import { localize } from '../../src/data/localize.js';

// QA: a Taiwanese or Hong Kong page must get the Traditional Chinese text the file gives, not the Simplified
// one that happens to come first; likewise a script subtag elsewhere (Serbian in Latin script).
describe('localize: script-aware fallback', () => {
  const zh = { 'zh-Hans': '开幕式', 'zh-Hant': '開幕式', en: 'Opening' };

  it('keeps the exact tag, the base language and English as before', () => {
    expect(localize(zh, 'zh-Hant')).to.equal('開幕式');
    expect(localize(zh, 'zh-Hans')).to.equal('开幕式');
    expect(localize({ zh: '会议', en: 'Conference' }, 'zh-CN')).to.equal('会议');
    expect(localize(zh, 'fr')).to.equal('Opening');
    expect(localize({ de: 'Eröffnung' }, 'fr')).to.equal('Eröffnung');
  });

  it('gives zh-TW, zh-HK and zh-Hant-TW the Traditional text', () => {
    expect(localize(zh, 'zh-TW')).to.equal('開幕式');
    expect(localize(zh, 'zh-HK')).to.equal('開幕式');
    expect(localize(zh, 'zh-Hant-TW')).to.equal('開幕式');
    expect(localize(zh, 'zh-CN')).to.equal('开幕式');
    expect(localize(zh, 'zh')).to.equal('开幕式');
    // A plain `zh` (read as Simplified) does not win over the Traditional text for Taiwan.
    expect(localize({ zh: '开幕式', 'zh-Hant': '開幕式' }, 'zh-TW')).to.equal('開幕式');
  });

  it('matches the script for other languages too', () => {
    expect(localize({ 'sr-Cyrl': 'Отварање', 'sr-Latn': 'Otvaranje' }, 'sr-Latn-RS')).to.equal('Otvaranje');
    expect(localize({ 'sr-Cyrl': 'Отварање', 'sr-Latn': 'Otvaranje' }, 'sr')).to.equal('Отварање');
  });
});
