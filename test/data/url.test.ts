import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/data/url.js';

/** What safeUrl gave before its fast paths: new URL, then the scheme check. */
function slow(v: string, base?: string, image = false): string | undefined {
  const t = v.trim();
  if (!t) return undefined;
  let u: URL;
  try {
    u = base ? new URL(t, base) : new URL(t);
  } catch {
    return base || /[\0-\x1f\\]|^\/\//.test(t) ? undefined : t;
  }
  const p = u.protocol;
  return p === 'http:' || p === 'https:' || (image ? p === 'data:' && /^data:image\//i.test(u.href) : p === 'mailto:') ? u.href : undefined;
}

describe('safeUrl', () => {
  it('gives exactly what new URL gives, for paths and URLs that take the fast paths and for those that just miss them', () => {
    const bases = [
      'https://example.org/data/conference.json',
      'https://example.org/data/conference.json?v=2#x',
      'http://example.org',
      'http://example.org:8080/a/b/',
      'https://user:pw@example.org/a/c.json',
      'https://例子.中国/a/c.json',
      'http://127.0.0.1:5173/public/conference.json',
      'file:///home/a/conference.json',
      undefined,
    ];
    const values = [
      'img/p0.svg', 'p0.svg', 'a/b/c.d.e', 'a_b~c-d', '~x', '-x/y',
      './img/p0.svg', '../img/p0.svg', 'img/./p.svg', 'img/../p.svg', '.hidden', 'a/.', 'a/..', 'a//b', '/abs/path.png',
      'img/p 0.svg', 'img/%2e%2e/x', 'img/ü.svg', 'c:foo', 'a?b=1', 'a#f', 'a\\b', '//cdn.example.org/x.png',
      'https://cdn.example.org/photos/a.jpg', 'https://cdn.example.org/', 'https://cdn.example.org', 'http://a.b.c/d/e?f=g&h=i',
      'https://CDN.example.org/a.jpg', 'https://cdn.example.org:443/a.jpg', 'https://cdn.example.org:8443/a.jpg', 'https://1.2.3.4/a',
      'https://1.2.3.04/a', 'https://0x7f.1/a', 'https://a.b/./c', 'https://a.b/../c', 'https://a.b/c/..', 'https://a.b/c/.?x',
      'https://a.b/%2e%2e/c', "https://a.b/it's", "https://a.b/c?it's", 'https://a.b/c#frag', 'https://a.b/c d', 'https://a.b/{x}',
      'https://xn--fsqu00a.xn--fiqs8s/a', 'https://xn--zz.com/a', 'https://a-.b/c', 'https://a.b./c', 'https://a..b/c', 'https://例子.中国/a',
      'https://a.b/c@d:e;f=g,h+i*j(k)l!m$n&o~p', 'https://a.b//c', 'https://a.b/c/', 'HTTPS://a.b/c', 'http://a.b/c?', 'https://a.b/c??d',
      'javascript:alert(1)', ' JAVA\tSCRIPT:alert(1)', 'data:image/png;base64,AAAA', 'data:text/html,x', 'mailto:a@example.org', 'ftp://a.b/c',
      '  img/p0.svg  ', '',
      // Long near-misses (a pattern with nested repetition would take exponential time on these, and hang).
      `https://a.b/${'a'.repeat(5000)}%`, `https://a.b/${'a/'.repeat(3000)}a%`, `https://${'a.'.repeat(3000)}b/c d`, `https://${'a'.repeat(5000)}`,
      `https://${'a.'.repeat(3000)}1/c`, `https://${'a-'.repeat(3000)}1/c`, `${'a'.repeat(5000)}%`, `${'a/'.repeat(3000)}%`,
    ];
    for (const base of bases)
      for (const v of values)
        for (const image of [false, true]) expect(safeUrl(v, base, image), `${JSON.stringify(v)} against ${base}${image ? ' (image)' : ''}`).to.equal(slow(v, base, image));
  });
});
