// A tiny static server for the benchmark on 127.0.0.1: /tmp/* is bench/tmp (library build, data, captures),
// /bench/* is bench/ (the stand-in element),
// /page/<kind>?<params> is a page built by pages.mjs (/page/baseline.js the baseline's script as a file). No caching headers: every run uses a fresh browser context.
import { createServer } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { page } from './pages.mjs';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.css': 'text/css' };
const tmp = new URL('./tmp/', import.meta.url).pathname;
const benchDir = new URL('./', import.meta.url).pathname;

/** Start the server; resolves to { url, close }. Port 0 picks a free one. */
export function serve(port = 0) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (url.pathname.startsWith('/page/')) {
        const html = page(url.pathname.slice(6), url.searchParams);
        res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? TYPES['.html'], 'cache-control': 'no-store' });
        return res.end(html);
      }
      const dir = url.pathname.startsWith('/tmp/') ? tmp : url.pathname.startsWith('/bench/') ? benchDir : undefined;
      if (dir) {
        const file = normalize(join(dir, decodeURIComponent(url.pathname.replace(/^\/(tmp|bench)\//, ''))));
        if (!file.startsWith(dir)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        return res.end(body);
      }
      res.writeHead(404).end('not found');
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' }).end(String(e.message));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/**
 * The same server in a worker thread, so the driver's own work (Playwright's CDP traffic, tracing, profiles) in
 * the main thread cannot hold up a response: served from the main thread, the library's script sometimes
 * waited 50-130 ms for its first byte, which the baseline page (its script inline) never does.
 */
export function serveInWorker(port = 0) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { port } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (url) => resolve({ url, close: () => worker.terminate() }));
  });
}

if (!isMainThread && workerData?.port !== undefined) {
  const { url } = await serve(workerData.port);
  parentPort.postMessage(url);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(Number(process.argv[2] ?? 5186));
  console.log(`serving bench pages at ${url}/page/schedule?impl=plenary&n=100&day=all (Ctrl-C to stop)`);
}
