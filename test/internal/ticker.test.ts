import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { nextBoundary, pendingTimers, subscribe } from '../../src/internal/ticker.js';

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('ticker', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    // Test pages may run in the background: pin visibility so the ticker runs.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    clock = sinon.useFakeTimers({ now: Date.parse('2023-11-05T23:59:58.300Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('computes the next boundary of a countdown, aligned to the target', () => {
    const target = Date.parse('2023-11-06T01:00:00Z');
    const now = Date.now();
    expect(nextBoundary(now, target, 1000)).to.equal(Date.parse('2023-11-05T23:59:59Z'));
    expect(nextBoundary(now, target, 60_000)).to.equal(Date.parse('2023-11-06T00:00:00Z'));
    expect(nextBoundary(now, target, 86_400_000)).to.equal(target);
  });

  it('keeps one timer for many subscribers and wakes each at its own instant', () => {
    const ticks: string[] = [];
    const t0 = Date.now();
    const offs = [1000, 5000, 250].map((ms, i) =>
      subscribe({ next: (now) => (now < t0 + ms ? t0 + ms : Infinity), tick: () => ticks.push(`s${i}`) }),
    );
    expect(pendingTimers()).to.equal(1);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(300);
    expect(ticks).to.deep.equal(['s2']);
    clock.tick(800);
    expect(ticks).to.deep.equal(['s2', 's0']);
    clock.tick(4000);
    expect(ticks).to.deep.equal(['s2', 's0', 's1']);
    expect(pendingTimers()).to.equal(0);
    offs.forEach((off) => off());
  });

  it('stops while the tab is hidden and catches up on return', () => {
    let ticks = 0;
    const off = subscribe({ next: (now) => now + 1000 - (now % 1000), tick: () => ticks++ });
    setHidden(true);
    expect(pendingTimers()).to.equal(0);
    clock.tick(10_000);
    expect(ticks).to.equal(0);
    setHidden(false);
    expect(ticks).to.equal(1);
    expect(pendingTimers()).to.equal(1);
    off();
    expect(pendingTimers()).to.equal(0);
  });
});
