// TypeScript users: a TSX file using every plenary-* element (and lines that must NOT compile, marked
// @ts-expect-error) type-checks with the JSX typings from src/jsx.ts and HTMLElementTagNameMap.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');

function check(file) {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-tsx-'));
  const config = join(dir, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), compilerOptions: { jsx: 'react-jsx', noEmit: true, types: [] }, include: [], files: [file] }));
  try {
    execFileSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8', cwd: ROOT });
    return '';
  } catch (e) {
    return e.stdout || String(e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('TypeScript typings', () => {
  it('type-checks React TSX with every plenary-* element, and rejects wrong props', () => {
    // Errors in the element sources themselves are the lint step's business; here, the TSX and the typings.
    const out = check(join(ROOT, 'test/e2e/fixtures/jsx-usage.tsx'));
    const ours = out.split('\n').filter((l) => /^(test\/e2e\/fixtures\/jsx-usage\.tsx|src\/jsx\.ts)\(/.test(l));
    assert.deepEqual(ours, []);
    if (out) assert.match(out, /error TS/, out);
  });
});
