import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearCache, load, prefetch } from '../../src/data/load.js';

describe('load', () => {
  afterEach(() => {
    sinon.restore();
    clearCache();
  });

  it('loads and parses the sample, resolving relative URLs against the file', async () => {
    const r = await load('/public/conference.json');
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.conference.id).to.equal('bri-stec-2023');
    expect(r.conference.speakersById.get('sp-li')!.photo).to.equal(new URL('/public/sample/speakers/sp-li.svg', location.href).href);
  });

  it('fetches and parses the same URL once however many callers ask', async () => {
    const spy = sinon.spy(window, 'fetch');
    const results = await Promise.all([load('/public/conference.json'), load('/public/conference.json'), load(new URL('/public/conference.json', location.href).href)]);
    expect(spy.callCount).to.equal(1);
    expect(results[0]).to.equal(results[1]);
    expect(results[0]).to.equal(results[2]);
  });

  it('hands a prefetched response to the first load of that URL, and only to the first', async () => {
    const spy = sinon.spy(window, 'fetch');
    prefetch('/public/conference.json?pre');
    prefetch(new URL('/public/conference.json?pre', location.href).href);
    expect(spy.callCount).to.equal(1);
    const r = await load('/public/conference.json?pre');
    expect(spy.callCount).to.equal(1);
    expect(r.ok && r.conference.id).to.equal('bri-stec-2023');
    // Loaded and cached: a later prefetch does not fetch again; a reload does.
    prefetch('/public/conference.json?pre');
    expect(spy.callCount).to.equal(1);
    await load('/public/conference.json?pre', { reload: true });
    expect(spy.callCount).to.equal(2);
  });

  it('reports a prefetched failure through the load that takes it', async () => {
    prefetch('/no/such/prefetched.json');
    prefetch('http://[bad');
    const r = await load('/no/such/prefetched.json');
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.message).to.match(/prefetched\.json answered HTTP 404/);
  });

  it('names the URL and the status on an HTTP error, and does not cache the failure', async () => {
    const r = await load('/no/such/file.json');
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.message).to.match(/\/no\/such\/file\.json answered HTTP 404/);
    const spy = sinon.spy(window, 'fetch');
    await load('/no/such/file.json');
    expect(spy.callCount).to.equal(1);
  });

  it('says when the reply is not JSON', async () => {
    const r = await load('/README.md');
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.message).to.match(/README\.md did not return JSON/);
  });

  it('turns a network or CORS failure into a readable error', async () => {
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    const r = await load('https://unreachable.example/conf.json');
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.message).to.contain('https://unreachable.example/conf.json');
    expect(r.problems[0]!.message).to.contain('CORS');
  });

  it('gives up after the timeout', async () => {
    sinon.stub(window, 'fetch').callsFake(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const r = await load('/slow.json', { timeout: 30 });
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.message).to.match(/slow\.json did not answer within/);
  });

  it("stops one caller waiting when its signal aborts, without cancelling the others", async () => {
    const controller = new AbortController();
    const a = load('/public/conference.json', { signal: controller.signal });
    const b = load('/public/conference.json');
    controller.abort();
    let aborted = false;
    await a.catch(() => (aborted = true));
    expect(aborted).to.equal(true);
    expect((await b).ok).to.equal(true);
  });

  it('reloads on request (the retry button)', async () => {
    await load('/public/conference.json');
    const spy = sinon.spy(window, 'fetch');
    await load('/public/conference.json', { reload: true });
    expect(spy.callCount).to.equal(1);
  });
});
