// custom-elements.json feeds Storybook's controls and docs and editors' completions: each element must be
// in it under its tag, with its attributes, events, parts and custom properties, including the shared ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

// What `npm run analyze` does (cem analyze --litelement over src/), without writing any file.
const root = fileURLToPath(new URL('../../', import.meta.url));
const files = readdirSync(join(root, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const modules = files.map((f) => {
  const path = join(root, 'src', f);
  return ts.createSourceFile(relative(root, path), readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true);
});
const manifest = create({ modules, plugins: litPlugin(), context: { dev: false } });
const elements = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]),
);
const names = (list) => (list ?? []).map((x) => x.name);

const widgets = {
  'plenary-countdown': { attribute: 'precision', event: 'plenary-countdown-end', part: 'value', prop: '--plenary-countdown-value-size' },
  'plenary-schedule': { attribute: 'track', event: 'plenary-session-select', part: 'session', prop: '--plenary-schedule-time-color' },
  'plenary-speaker-grid': { attribute: 'variant', event: 'plenary-speaker-select', part: 'card', prop: '--plenary-speaker-grid-gap' },
  'plenary-sponsor-strip': { attribute: 'variant', event: undefined, part: 'logo', prop: '--plenary-sponsor-strip-gap' },
};

for (const [tag, want] of Object.entries(widgets)) {
  test(`${tag} is in custom-elements.json with its API`, () => {
    const el = elements.get(tag);
    assert.ok(el, `${tag}: no custom element with this tagName (have: ${[...elements.keys()].join(', ') || 'none'})`);
    assert.ok(names(el.attributes).includes(want.attribute), 'own attribute');
    assert.ok(names(el.attributes).includes('src'), 'inherited attribute');
    if (want.event) assert.ok(names(el.events).includes(want.event), 'event');
    assert.ok(names(el.cssParts).includes(want.part), 'part');
    assert.ok(names(el.cssProperties).includes(want.prop), 'own custom property');
  });
}

test('<plenary-conference> is in custom-elements.json', () => {
  const el = elements.get('plenary-conference');
  assert.ok(el);
  assert.deepEqual(names(el.events).sort(), ['plenary-error', 'plenary-load']);
});

test('every --plenary-* property the styles read is documented on the widgets that read it', () => {
  const used = new Set(
    files.flatMap((f) => [...readFileSync(join(root, 'src', f), 'utf8').matchAll(/var\((--plenary-[a-z0-9-]+)/g)].map((m) => m[1])),
  );
  const documented = new Set(Object.keys(widgets).flatMap((tag) => names(elements.get(tag)?.cssProperties)));
  assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), []);
  // The shared theme reaches every widget's documentation, not only the base class's.
  for (const tag of Object.keys(widgets)) {
    const props = names(elements.get(tag)?.cssProperties);
    for (const p of ['--plenary-color-accent', '--plenary-color-text', '--plenary-font-family']) assert.ok(props.includes(p), `${tag}: ${p}`);
    assert.ok(names(elements.get(tag)?.cssParts).includes('loading'), `${tag}: part loading`);
  }
});
