import { expect } from '@open-wc/testing';
import { dateFormat, formatTime } from '../../src/time/format.js';

describe('dateFormat', () => {
  it('makes one formatter per locale, zone and options, whether the options object is the same or an equal new one', () => {
    const options: Intl.DateTimeFormatOptions = { weekday: 'short', hour: 'numeric' };
    const f = dateFormat('fr', 'Asia/Shanghai', options);
    expect(dateFormat('fr', 'Asia/Shanghai', options)).to.equal(f);
    expect(dateFormat('fr', 'Asia/Shanghai', { weekday: 'short', hour: 'numeric' })).to.equal(f);
    expect(dateFormat('fr', 'Europe/Paris', options)).to.not.equal(f);
    expect(dateFormat('es', 'Asia/Shanghai', options)).to.not.equal(f);
    expect(dateFormat('fr', 'Asia/Shanghai', { weekday: 'long', hour: 'numeric' })).to.not.equal(f);
    expect(f.resolvedOptions()).to.include({ locale: 'fr', timeZone: 'Asia/Shanghai', weekday: 'short' });
  });

  it('falls back to English in UTC for a zone Intl does not know', () => {
    const t = Date.parse('2023-11-06T01:00:00Z');
    expect(dateFormat('fr', 'Not/AZone', { hour: 'numeric' }).resolvedOptions()).to.include({ locale: 'en', timeZone: 'UTC' });
    expect(formatTime(t, 'en-GB', 'Not/AZone')).to.match(/^1:00\s?AM$/);
  });
});
