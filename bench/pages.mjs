// The benchmark's pages, built per request from the query string.
//   /page/widget?impl=plenary|baseline&kind=schedule|speakers|sponsors&n=2000&day=all&expect=N
//   /page/widgets?src=...        ten widgets of every kind (the many-widgets page)
// Every page starts with HARNESS (a classic inline script, so it runs before anything else), which records
// long tasks and offers window.__bench: marks, frame(), nodes(), and act(action) for interactions.

/** What each kind renders: the tag, its data file, its attributes, and the selector of one rendered item. */
export const KINDS = {
  schedule: { tag: 'plenary-schedule', src: (p) => `/tmp/data/conf-${p.get('n')}.json`, attrs: (p) => ({ day: p.get('day') ?? 'all' }), item: '[part~="session"]' },
  speakers: { tag: 'plenary-speaker-grid', src: () => '/tmp/data/people.json', attrs: () => ({}), item: '[part~="card"]' },
  sponsors: { tag: 'plenary-sponsor-strip', src: () => '/tmp/data/people.json', attrs: () => ({}), item: '[part~="logo"]' },
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attrs = (o) => Object.entries(o).filter(([, v]) => v != null && v !== '').map(([k, v]) => ` ${k}="${esc(v)}"`).join('');

// Runs in the page, first. Times are performance.now(): milliseconds since navigation start.
const HARNESS = String.raw`
window.__bench = (() => {
  const b = { t: {}, longtasks: [], errors: [] };
  addEventListener('error', (e) => b.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => b.errors.push(String(e.reason)));
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  /** Resolves with performance.now() once the frame after "now" has been produced: rAF runs before that
   * frame's style, layout and paint; a message posted from rAF is handled after them. */
  b.frame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now());
    ch.port2.postMessage(0);
  }));
  /** Every node and element, inside shadow roots too. */
  b.nodes = (root = document) => {
    let nodes = 0, elements = 0;
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n = w.currentNode; n; n = w.nextNode()) {
      nodes++;
      if (n.nodeType === 1) {
        elements++;
        if (n.shadowRoot) { const c = b.nodes(n.shadowRoot); nodes += c.nodes; elements += c.elements; }
      }
    }
    return { nodes, elements };
  };
  /** All matches of sel in root and in every shadow root below it. */
  b.deepAll = (root, sel) => {
    const out = [...root.querySelectorAll(sel)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...b.deepAll(el.shadowRoot, sel));
    return out;
  };
  /** The element's shadow root as one string: its adopted styles in a <style>, then its markup without Lit's
   * comment markers. What the baseline renders. */
  b.capture = () => {
    const root = b.el.shadowRoot;
    const css = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const nested = b.deepAll(root, '*').filter((e) => e.shadowRoot).length;
    return { html: '<style>' + css + '</style>' + root.innerHTML.replace(/<!--[^]*?-->/g, ''), count: b.count(), visible: b.visible(), nested };
  };
  /** Items shown (not display: none, not in a hidden ancestor): checks after an interaction, never timed. */
  b.visible = () => [...b.root.querySelectorAll(b.item)].filter((e) => e.checkVisibility()).length;
  b.done = new Promise((resolve) => { b.resolveDone = resolve; });
  /** Call when every expected item is in the DOM: records dom, then paint. */
  b.markDom = async () => {
    if (b.t.dom) return;
    b.t.dom = performance.now();
    performance.mark('bench-dom');
    b.t.paint = await b.frame();
    performance.mark('bench-paint');
    console.log('bench-painted');
    b.resolveDone();
  };
  return b;
})();
`;

// The Plenary side: the real element in the markup, the library as a module script, and a watcher that
// counts rendered items in the element's shadow root after each batch of mutations.
const plenaryScript = (tag, item, expect, snap) => String.raw`
const el = document.querySelector('${tag}');
const b = window.__bench;
b.el = el;
b.t.defined = performance.now();
const root = el.shadowRoot ?? el;
b.root = root;
const count = () => root.querySelectorAll('${item}').length;
b.count = count;
// Calibration (?snap=1, untimed): the markup each time the item count changes, so the baseline gets the markup
// and styles as they were when the items first were all in the DOM (before any later idle-time change).
const check = () => {
  if (${snap ? 'true' : 'false'} && count() !== b.snapCount) { b.snapCount = count(); b.snap = b.capture(); }
  if (${expect} > 0 && count() >= ${expect}) { mo.disconnect(); b.markDom(); }
};
const mo = new MutationObserver(check);
mo.observe(root, { childList: true, subtree: true });
check();
`;

// The baseline: fetch the same JSON, JSON.parse it, and assign ONE pre-built string (the markup the Plenary
// element produced for the same data, captured by run.mjs under the key `capture`, with its styles inlined) to a
// shadow root.
const baselineScript = (src, capture) => String.raw`
const b = window.__bench;
const host = document.getElementById('host');
const root = host.attachShadow({ mode: 'open' });
b.root = root;
b.count = () => root.querySelectorAll(b.item).length;
// In a function, so the JSON text and the markup string are garbage once assigned (only the parsed data stays).
async function render() {
  const [text, markup] = await Promise.all([fetch('${src}').then((r) => r.text()), fetch('/tmp/capture/${capture}.html').then((r) => r.text())]);
  b.data = JSON.parse(text);
  root.innerHTML = markup;
  b.markDom();
}
render();
`;

/** The page for one widget of `kind`, Plenary or baseline. */
function widget(p) {
  const kind = KINDS[p.get('kind') ?? 'schedule'];
  const impl = p.get('impl') ?? 'plenary';
  const src = kind.src(p);
  const expect = Number(p.get('expect') ?? 0);
  const head = `<!doctype html><html lang="${esc(p.get('lang') ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench ${esc(impl)} ${esc(kind.tag)}</title><script>${HARNESS}; __bench.item = ${JSON.stringify(kind.item)}; __bench.expect = ${expect};</script>
<style>body{margin:0;font:16px/1.4 system-ui,sans-serif}</style>`;
  if (impl === 'baseline') {
    // ?file=1: the same script as a file (/page/baseline.js), as any embed's script is: what being a file costs.
    const script = p.get('file') ? ` src="${esc(`/page/baseline.js?${new URLSearchParams({ src, capture: p.get('capture') ?? '' })}`)}">` : `>${baselineScript(src, p.get('capture'))}`;
    return `${head}</head><body><div id="host"></div><script type="module"${script}</script></body></html>`;
  }
  const lib = p.get('lib') ?? '/tmp/dist/plenary.js';
  // ?preload=1: what a page can add to fetch the data while the library loads.
  const preload = p.get('preload') ? `<link rel="preload" href="${esc(src)}" as="fetch" crossorigin>` : '';
  return `${head}${preload}<script type="module" src="${esc(lib)}"></script></head><body><${kind.tag} src="${esc(src)}"${attrs(kind.attrs(p))}></${kind.tag}>
<script type="module">${plenaryScript(kind.tag, kind.item, expect, p.get('snap'))}</script></body></html>`;
}

/**
 * Ten widgets of every kind on one page: seven under one provider, three standalone with the same src. All
 * `eager` (no waiting for the viewport), so every one of them loads. `session` is an upcoming session for a
 * seconds countdown; the schedules show today, where the "now" marker is.
 */
function widgets(p) {
  const src = esc(p.get('src') ?? '/tmp/data/widgets.json');
  const session = esc(p.get('session') ?? '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench many widgets</title>
<script>${HARNESS}</script><script type="module" src="/tmp/dist/plenary.js"></script>
${(p.get('extra') ?? '').split(',').filter(Boolean).map((e) => `<script type="module" src="${esc(e)}"></script>`).join('')}</head><body>
<plenary-conference src="${src}">
  <plenary-countdown eager></plenary-countdown>
  <plenary-countdown eager session="${session}"></plenary-countdown>
  <plenary-countdown eager precision="minute" to="${esc(p.get('to') ?? '')}"></plenary-countdown>
  <plenary-schedule eager day="today"></plenary-schedule>
  <plenary-schedule eager></plenary-schedule>
  <plenary-speaker-grid eager></plenary-speaker-grid>
  <plenary-sponsor-strip eager></plenary-sponsor-strip>
</plenary-conference>
<plenary-countdown eager src="${src}" session="${session}"></plenary-countdown>
<plenary-schedule eager src="${src}" day="today"></plenary-schedule>
<plenary-sponsor-strip eager src="${src}" variant="marquee"></plenary-sponsor-strip>
</body></html>`;
}

export function page(name, params) {
  if (name === 'widget') return widget(params);
  if (name === 'baseline.js') return baselineScript(params.get('src'), params.get('capture'));
  if (name === 'widgets') return widgets(params);
  throw Object.assign(new Error(`no page ${name}`), { code: 'ENOENT' });
}
