// The end-to-end harness: builds the real bundles (as scripts/build.mjs does, into a private temp folder,
// never dist/), serves pages from a small HTTP server that sets any response header (CSP), and drives
// Debian's Chromium through playwright-core. Used by test/e2e/*.test.mjs (`node --test test/e2e/`).
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The sources the bundles are built from: the working tree, or with PLENARY_E2E_REF=<git ref> a snapshot
 * of that commit (to debug these tests while others' files are mid-edit).
 */
function sourceRoot() {
  const ref = process.env.PLENARY_E2E_REF;
  if (!ref) return ROOT;
  const sha = execSync(`git -C ${JSON.stringify(ROOT)} rev-parse ${ref}`).toString().trim();
  const dir = join(tmpdir(), `plenary-e2e-src-${sha.slice(0, 12)}`);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git -C ${JSON.stringify(ROOT)} archive --format=tar ${sha} src scripts package.json tsconfig.json | tar -x -C ${JSON.stringify(dir)}`);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}
const SOURCE = sourceRoot();
const SRC = join(SOURCE, 'src');

/** The tags of every element the library registers, provider first. */
export const WIDGETS = ['plenary-countdown', 'plenary-schedule', 'plenary-speaker-grid', 'plenary-sponsor-strip'];

const registration = (tag) => join(SRC, 'elements', tag.replace('plenary-', ''), `${tag}.ts`);

/** Widgets that have their registration file (widgets still being written are skipped). */
export function availableWidgets() {
  return WIDGETS.filter((tag) => existsSync(registration(tag)));
}

/**
 * The bundle entry: src/index.ts, as the library ships. While a widget's registration exists but is not yet
 * exported from src/index.ts (it is being written), a temp entry adds it, so these tests cover it early.
 * Also what `plenary` resolves to in the framework pages.
 */
export function entry() {
  const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
  const missing = availableWidgets().filter((tag) => !index.includes(`/${tag}.js`));
  if (!missing.length) return join(SRC, 'index.ts');
  const file = join(tmpdir(), `plenary-e2e-entry-${process.pid}.ts`);
  const lines = [join(SRC, 'index.ts'), ...missing.map(registration)].map((f) => `export * from ${JSON.stringify(f)};`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

async function bundle(outDir, { version } = {}) {
  // The build's own config (scripts/lib-config.mjs), so these pages run the bytes that ship.
  const { libConfig } = await import(join(SOURCE, 'scripts/lib-config.mjs'));
  const extra = [];
  if (version) {
    // A copy that reports another version: the same code with VERSION replaced.
    extra.push({
      name: 'plenary-e2e-version',
      enforce: 'pre',
      transform(code, id) {
        if (!id.endsWith('/src/internal/version.ts')) return null;
        return { code: code.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`), map: null };
      },
    });
  }
  const common = (entry, fileName, formats, name, split) => {
    const config = libConfig({ root: SOURCE, entry, outDir, fileName, formats, name, split, chunks: 'entries/chunks/[name]-[hash].js' });
    config.plugins.push(...extra);
    return config;
  };
  await build(common(entry(), 'plenary.js', ['es']));
  await build(common(entry(), 'plenary.iife.js', ['iife'], 'Plenary'));
  // One element's own entry, as dist/entries has it: the widget alone, its loader a chunk loaded on demand.
  if (!version) {
    await build(common(join(SRC, 'elements/sponsor-strip/plenary-sponsor-strip.ts'), 'entries/plenary-sponsor-strip.js', ['es'], undefined, true));
    await build(common(join(SRC, 'context/plenary-conference.ts'), 'entries/plenary-conference.js', ['es'], undefined, true));
  }
}

/**
 * Build dist-like bundles into a temp folder: `plenary.js`, `plenary.iife.js`, and the same two reporting
 * version 9.9.9 under `other/`. Cached by a hash of src/ and the build options, so the test files (run in
 * parallel) build once between source changes.
 */
export async function buildBundles() {
  // PLENARY_E2E_DIST: a folder built earlier (debugging while src/ is mid-edit).
  if (process.env.PLENARY_E2E_DIST) return process.env.PLENARY_E2E_DIST;
  const hash = createHash('sha256');
  for (const f of walk(SRC).sort()) hash.update(relative(SOURCE, f)).update(readFileSync(f));
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/minify-literals.mjs', 'scripts/private-names.mjs', 'scripts/lib-config.mjs']) {
    if (existsSync(join(SOURCE, f))) hash.update(readFileSync(join(SOURCE, f)));
  }
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  const dir = join(tmpdir(), `plenary-e2e-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, 'done'))) return dir;
  // Builds of older sources (and temp entries) left by earlier runs: remove those over an hour old.
  for (const f of readdirSync(tmpdir())) {
    const old = join(tmpdir(), f);
    if (/^plenary-e2e-(entry-\d+\.ts|[0-9a-f]{16})$/.test(f) && Date.now() - statSync(old).mtimeMs > 3600_000) rmSync(old, { recursive: true, force: true });
  }
  const tmp = `${dir}.${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await bundle(tmp);
  await bundle(join(tmp, 'other'), { version: '9.9.9' });
  writeFileSync(join(tmp, 'done'), '');
  try {
    renameSync(tmp, dir);
  } catch {
    // Another test file built it at the same time: use theirs.
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.map': 'application/json',
};

/**
 * A static server on 127.0.0.1. `mounts` maps URL prefixes to folders; `routes` maps exact paths to
 * `{ body, type?, headers?, delay?, pause? }` (delay in ms; a body that is an array is sent in those parts, `pause` ms apart); `headers(path)` adds headers to every reply (CSP). `cors` adds
 * Access-Control-Allow-Origin: * (a data host on another origin). Records every request path.
 */
export async function serve({ mounts = {}, routes = {}, headers = () => ({}), cors = false, port = 0 } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const extra = { 'cache-control': 'no-store', ...(cors ? { 'access-control-allow-origin': '*' } : {}), ...headers(path) };
    if (path === '/favicon.ico') {
      res.writeHead(204, extra);
      return res.end();
    }
    const route = routes[path];
    if (route?.delay) await new Promise((r) => setTimeout(r, route.delay));
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? TYPES[extname(path)] ?? 'text/plain', ...extra, ...route.headers });
      // A body in parts arrives in pieces, `pause` ms apart (a page the parser reads in several goes).
      if (!Array.isArray(route.body)) return res.end(route.body);
      for (const [i, part] of route.body.entries()) {
        if (i) await new Promise((r) => setTimeout(r, route.pause ?? 300));
        res.write(part);
      }
      return res.end();
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = join(dir, path.slice(prefix.length));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      return res.end(readFileSync(file));
    }
    res.writeHead(404, { 'content-type': 'text/plain', ...extra });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, routes, close: () => new Promise((r) => server.close(r)) };
}

function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return execSync('command -v chromium || command -v chromium-browser || command -v google-chrome', { shell: '/bin/bash' }).toString().trim();
}

export function launch() {
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-US'],
  });
}

/**
 * A page that records what a test wants to assert on: console messages, uncaught errors, CSP violations
 * (the `securitypolicyviolation` event, listened for before any page script runs), requests, dialogs
 * (alert/confirm/prompt), and a `window.__pwned` trap a hostile payload would set.
 */
export async function open(context, url, { wait = true } = {}) {
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && log.console.push({ type: 'http', text: `${r.status()} ${r.url()}` }));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  if (context.__jsEnabled !== false) {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      );
      Object.defineProperty(window, '__pwned', {
        set(v) {
          window.__violations.push(`__pwned set to ${v}`);
          window.__pwnedValue = v;
        },
        get() {
          return window.__pwnedValue;
        },
      });
    });
  }
  if (url) await page.goto(url, { waitUntil: wait ? 'load' : 'commit' });
  return { page, log };
}

/** Violations recorded by the page, plus console lines about policies. */
export async function violations(page, log) {
  const inPage = await page.evaluate(() => window.__violations ?? []);
  const inConsole = log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m.text)).map((m) => m.text);
  return [...inPage, ...inConsole];
}

/** Wait until every matching element has rendered something other than its loading state. */
export async function settled(page, selector = WIDGETS.join(','), timeout = 10000) {
  await page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)];
      return (
        els.length > 0 &&
        els.every((el) => el.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('[data-state="loading"]'))
      );
    },
    selector,
    { timeout },
  );
}

/**
 * What each widget shows: its state (`content` when no loading/error/empty state is rendered), its visible
 * text (shadow DOM, including nested shadow roots), and the links and images in it.
 */
export function inspect(page, selector = WIDGETS.join(',')) {
  return page.evaluate((sel) => {
    const deepText = (node) => {
      let out = '';
      const visit = (n) => {
        if (n.nodeType === 3) out += n.data;
        else if (n.nodeType === 1 || n.nodeType === 11) {
          if (n.localName === 'style' || n.localName === 'script') return;
          if (n.shadowRoot) visit(n.shadowRoot);
          if (n.localName === 'slot') n.assignedNodes({ flatten: true }).forEach(visit);
          else n.childNodes.forEach(visit);
          if (n.nodeType === 1 && /^(p|div|li|h\d|tr|td|th|dd|dt|figcaption|section|article|button|a)$/.test(n.localName)) out += '\n';
        }
      };
      visit(node);
      return out.replace(/\s+/g, ' ').trim();
    };
    const all = (root, s) => {
      const found = [...root.querySelectorAll(s)];
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...all(el.shadowRoot, s));
      return found;
    };
    return [...document.querySelectorAll(sel)].map((el) => {
      const root = el.shadowRoot;
      const stateEl = root?.querySelector('[data-state]');
      return {
        tag: el.localName,
        id: el.id,
        state: !root ? 'undefined' : stateEl ? stateEl.getAttribute('data-state') : 'content',
        stateText: stateEl?.textContent.trim() ?? '',
        text: root ? deepText(root) : '',
        links: root ? all(root, 'a[href]').map((a) => a.getAttribute('href')) : [],
        images: root ? all(root, 'img').map((i) => i.getAttribute('src')) : [],
      };
    });
  }, selector);
}

/** An HTML page. `head` and `body` are inserted as they are. */
export function page({ head = '', body = '', lang = 'en' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Plenary e2e</title>${head}</head><body>${body}</body></html>`;
}

/** The four widgets inside one provider (only those that exist yet). */
export function allWidgets(src = '/public/conference.json', { attrs = 'now="2023-11-06T10:30:00+08:00" lang="en"', extra = '' } = {}) {
  const inner = availableWidgets()
    .map((tag) => `<${tag}${extra}></${tag}>`)
    .join('\n');
  return `<plenary-conference src="${src}" ${attrs}>\n${inner}\n</plenary-conference>`;
}

/** Scroll every widget into view in turn (lazy widgets render when near the viewport), then back up. */
export async function scrollThrough(page, selector = WIDGETS.join(',')) {
  const n = await page.locator(selector).count();
  for (let i = 0; i < n; i++) {
    await page.locator(selector).nth(i).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/**
 * Click the first few buttons and summaries in every widget (opening dialogs, menus), closing dialogs again;
 * `onEach()` runs after each click, while a dialog is open.
 */
export async function clickAround(p, perWidget = 4, onEach = async () => {}) {
  const handles = await p.evaluateHandle((n) => {
    const found = [];
    for (const host of document.querySelectorAll('plenary-countdown,plenary-schedule,plenary-speaker-grid,plenary-sponsor-strip')) {
      const all = [...(host.shadowRoot?.querySelectorAll('button, summary, [role="button"], [role="tab"]') ?? [])].filter(
        (b) => b.getClientRects().length && !b.closest('dialog'),
      );
      found.push(...all.slice(0, n));
    }
    return found;
  }, perWidget);
  const count = await handles.evaluate((a) => a.length);
  for (let i = 0; i < count; i++) {
    const el = await handles.evaluateHandle((a, j) => a[j], i);
    const ok = await el.evaluate((b) => b.isConnected && !!b.getClientRects().length);
    if (!ok) continue;
    await el.asElement().click({ timeout: 2000 }).catch(() => {});
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const open = await p.evaluate(() =>
      [...document.querySelectorAll('*')].some((h) => h.shadowRoot?.querySelector('dialog[open]')),
    );
    await onEach();
    if (open) await p.keyboard.press('Escape');
  }
}

/**
 * What went wrong on the page: uncaught errors, console errors and failed requests, except a missing image
 * (the sample names a photo that does not exist on purpose, to show the initials fallback).
 */
export function problems(log) {
  return [
    ...log.errors,
    ...log.console
      .filter((m) => (m.type === 'error' && !/^Failed to load resource/.test(m.text)) || (m.type === 'http' && !/\.(svg|png|jpe?g|webp|gif)$/.test(m.text)))
      .map((m) => `${m.type}: ${m.text}`),
  ];
}
