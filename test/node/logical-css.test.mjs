// Right-to-left pages get mirrored widgets only if every style is written with logical properties
// (margin-inline-start, not margin-left): this reads every css`` literal in src/ and names any physical one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PHYSICAL = [
  [/(?:^|[\s;{])((?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-[a-z]+)?)\s*:/, 'a physical side'],
  [/(?:^|[\s;{])((?:left|right|top|bottom))\s*:/, 'a physical offset'],
  [/(?:^|[\s;{])((?:min-|max-)?(?:width|height))\s*:/, 'a physical size'],
  [/(?:^|[\s;{])(border-(?:top|bottom)-(?:left|right)-radius)\s*:/, 'a physical corner'],
  [/(?:^|[\s;{])((?:text-align|float|clear)\s*:\s*(?:left|right))/, 'a physical direction'],
];

/** Each physical declaration in a block of CSS, as "what (why)". */
export function physical(css) {
  const found = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [re, why] of PHYSICAL) for (const m of text.matchAll(new RegExp(re.source, 'g'))) found.push(`${m[1]} (${why})`);
  // A horizontal movement must have its mirror for right-to-left in the same styles.
  if (/translateX\(/.test(text) && !/\[dir=['"]?rtl/.test(text)) found.push('translateX without a [dir=rtl] counterpart');
  return found;
}

test('the check itself finds physical properties and lets logical ones through', () => {
  assert.deepEqual(physical('.a{margin-left:1em;inset-inline-start:0}.b{ width: 2em; text-align: right }'), [
    'margin-left (a physical side)',
    'width (a physical size)',
    'text-align: right (a physical direction)',
  ]);
  assert.deepEqual(physical('.a{margin-inline-start:1em;inline-size:2em;text-align:start;border-start-end-radius:2px}/* left: */'), []);
  assert.deepEqual(physical('@keyframes m{to{transform:translateX(-50%)}}'), ['translateX without a [dir=rtl] counterpart']);
});

test('every style in src/ is written with logical properties', () => {
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = readdirSync(root, { recursive: true }).filter((f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(f));
  let blocks = 0;
  const problems = [];
  for (const f of files)
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(/\bcss`([^`]*)`/g)) {
      blocks++;
      for (const p of physical(m[1])) problems.push(`${f}: ${p}`);
    }
  assert.ok(blocks >= 6, `only ${blocks} css\`\` blocks found: has the styles' form changed?`);
  assert.deepEqual(problems, []);
});
