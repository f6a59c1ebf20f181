import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/internal/version.js';

describe('VERSION', () => {
  it('matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
