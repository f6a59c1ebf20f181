// scripts/minify-literals.mjs changes only whitespace in html`` and css`` templates, nested ones included, and
// keeps the space between two inline elements (it shows, and is part of accessible names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const run = (code) => minifyLiterals().transform(code, '/x/src/a.ts')?.code ?? code;

test('the text after a nested template is minified too', () => {
  const src = "const t = html`<ul>\n  ${xs.map((x) => html`<li>\n    ${x}\n  </li>`)}\n</ul>\n<p>\n  ${'}'}\n</p>`;";
  assert.equal(run(src), "const t = html`<ul>${xs.map((x) => html`<li>${x}</li>`)}</ul><p>${'}'}</p>`;");
});

test('a space beside an expression stays where it can show: in an inline element or between two expressions', () => {
  const src = 'html`<div>\n  ${a}\n  ${b}\n</div>\n<span>\n  ${c}\n</span>\n${d}\n<slot></slot>`';
  assert.equal(run(src), 'html`<div>${a} ${b}</div><span> ${c} </span> ${d} <slot></slot>`');
});

test('a space between inline elements stays, none between blocks', () => {
  const src = 'html`<label>\n  <input type="checkbox" .checked=${c} />\n  <span>${n}</span>\n  <span class="n">(${k})</span>\n</label>\n<div>\n  <p>x</p>\n</div>`';
  assert.equal(run(src), 'html`<label><input type="checkbox" .checked=${c} /> <span>${n}</span> <span class="n">(${k})</span></label><div><p>x</p></div>`');
});

test('css without expressions is minified, untagged templates are left alone', () => {
  assert.equal(run('css`\n  .a {\n    margin: 0.5em;\n  }\n`'), 'css`.a{margin:.5em}`');
  assert.equal(run('const s = `a\n  b`; html`<b>\n  ${`x\n  y`}\n</b>`'), 'const s = `a\n  b`; html`<b> ${`x\n  y`} </b>`');
});

test('the source map keeps code after and inside a template on its own line and column', async () => {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const src = [
    'const view = html`',
    '  <ul>',
    '    ${items.map((item) => html`',
    '      <li>',
    '        ${item}',
    '      </li>`)}',
    '  </ul>',
    '`;',
    'const styles = css`',
    '  .a {',
    '    margin: 0.5em;',
    '  }',
    '`;',
    'export function after() {}',
  ].join('\n');
  const r = minifyLiterals().transform(src, '/x/src/a.ts');
  const map = new TraceMap(r.map);
  const where = (needle) => {
    const at = r.code.indexOf(needle);
    const before = r.code.slice(0, at);
    return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') - 1 };
  };
  const original = (needle) => {
    const at = src.indexOf(needle);
    const before = src.slice(0, at);
    return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') - 1 };
  };
  for (const needle of ['items.map', 'item}', 'const styles', 'after()']) {
    const o = originalPositionFor(map, where(needle));
    assert.deepEqual({ line: o.line, column: o.column }, original(needle), needle);
  }
  // The minified code is on fewer lines: read as written, `after` would point 11 lines up.
  assert.equal(where('after()').line, 3);
});
