// scripts/private-names.mjs renames our classes' private members in the bundles and nothing else: not Lit's
// reactive properties, not a member another instance reads (another copy of Plenary may be on the page), not a
// name the code also writes as a string. The whole browser suite was also run on the renamed sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { privateNamesReport, renamedSource } from '../../scripts/private-names.mjs';

const report = privateNamesReport();
const row = (cls, member) => report.find((r) => r[1] === cls && r[2] === member);
const file = (path) => new URL(`../../${path}`, import.meta.url).pathname;

test('private members used only through this get short names', () => {
  assert.match(row('PlenarySpeakerGrid', 'layoutKey')[3], /^\$\w+$/);
  assert.match(row('PlenarySchedule', 'renderDialog')[3], /^\$\w+$/);
  assert.match(row('PlenaryCountdown', 'ticker')[3], /^\$\w+$/);
});

test('reactive properties, members read on other instances and names also written as strings keep theirs', () => {
  assert.equal(row('PlenarySpeakerGrid', 'query')[3], 'name also a string or unresolved property');
  assert.equal(row('PlenarySpeakerGrid', 'openId')[3], 'name also a string or unresolved property');
  assert.equal(row('PlenarySpeakerGrid', 'entries')[3], 'used other than as this.name');
  assert.equal(row('PlenarySchedule', 'loadFavs')[3], 'used other than as this.name');
  // const { tiers, paused } = this;
  assert.equal(row('PlenarySponsorStrip', 'tiers')[3], 'used other than as this.name');
  // A name no longer than its replacement.
  assert.equal(row('PlenarySpeakerGrid', 's')[3], 'already short');
  // Public, protected and parameter-property members are not considered at all.
  assert.equal(row('PlenaryElement', 'renderContent'), undefined);
  assert.equal(row('ConferenceLoader', 'host'), undefined);
  const grid = renamedSource(file('src/elements/speaker-grid/speaker-grid.ts'));
  assert.match(grid, /g\.entries\?\.has\(id\)/);
  assert.match(grid, /this\.query = \(e\.target as HTMLInputElement\)\.value/);
});

test('names are unique along each class chain (a subclass continues after its base classes)', () => {
  const names = (cls) => report.filter((r) => r[1] === cls && r[3].startsWith('$')).map((r) => r[3]);
  const base = names('PlenaryElement');
  assert.ok(base.length > 0);
  for (const cls of ['PlenarySchedule', 'PlenarySpeakerGrid', 'PlenarySponsorStrip', 'PlenaryCountdown']) {
    const own = names(cls);
    assert.ok(own.length > 0, cls);
    assert.equal(new Set([...base, ...own]).size, base.length + own.length, cls);
  }
});

test('the renamed sources still compile, with the same declarations and every other line unchanged', () => {
  for (const path of ['src/elements/schedule/schedule.ts', 'src/internal/plenary-element.ts', 'src/internal/loader.ts']) {
    const before = readFileSync(file(path), 'utf8').split('\n');
    const after = renamedSource(file(path));
    const out = ts.transpileModule(after, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
    assert.deepEqual(out.diagnostics, [], path);
    const lines = after.split('\n');
    assert.equal(lines.length, before.length, path);
    lines.forEach((l, i) => {
      if (l !== before[i]) assert.match(l, /\$\w/, `${path}:${i + 1}`);
    });
  }
});

test('a class whose base is not a class the checker can follow (a mixin) keeps its members’ names', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'private-names-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'tsconfig.build.json'), JSON.stringify({ compilerOptions: { target: 'es2022', strict: true, skipLibCheck: true }, include: ['src'] }));
  writeFileSync(
    join(dir, 'src', 'a.ts'),
    `export class Base { private counter = 1; count() { return this.counter; } }
type Ctor = new (...args: any[]) => object;
export const Timed = <T extends Ctor>(B: T) => class extends B { private interval = 2; every() { return this.interval; } };
export class Clock extends Timed(Base) { private tickCount = 3; tick() { return this.tickCount; } }
export class Plain extends Base { private lastValue = 4; last() { return this.lastValue; } }
`,
  );
  const rows = privateNamesReport(dir);
  const why = (member) => rows.find((r) => r[2] === member)?.[3];
  // Renamed at the root of the chain, and after it in a subclass the checker follows.
  assert.equal(why('counter'), '$a');
  assert.equal(why('lastValue'), '$b');
  // $a again in these would overwrite Base's counter at run time: they keep their names.
  assert.equal(why('interval'), 'its class extends something that is not a class');
  assert.equal(why('tickCount'), 'its class extends something that is not a class');
});
