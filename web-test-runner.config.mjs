import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser || command -v google-chrome', { shell: '/bin/bash' })
      .toString()
      .trim();
  } catch {
    throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROME_PATH.');
  }
}

/**
 * `executeServerCommand('forced-colors', { active })`: forced colours (Windows' contrast themes) for the page.
 * @web/test-runner-commands' emulateMedia offers them under Playwright only; this runs Puppeteer. One CDP session
 * per page holds the emulation, since a second session's call would not replace the first's.
 */
function forcedColors() {
  const sessions = new WeakMap();
  return {
    name: 'plenary-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  groups: [
    {
      // Browsers without Temporal (Safari, older Chromium and Firefox) read zone offsets through Intl: the tests
      // that depend on zones run again in a page where Temporal is removed before any module loads.
      name: 'no-temporal',
      files: ['test/time/*.test.ts', 'test/data/parse.test.ts', 'test/elements/schedule-time.test.ts', 'test/elements/countdown.test.ts'],
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html><body><script>delete globalThis.Temporal; window.__noTemporal = true;</script><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  plugins: [forcedColors(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      // Tests run in New York (daylight saving ends on 5 November 2023, the eve of the sample conference),
      // far from the conference's Asia/Shanghai; tests that need another zone pass one explicitly.
      async createPage({ browser }) {
        const page = await browser.newPage();
        await page.emulateTimezone('America/New_York');
        // Pages of concurrent test files must not count as hidden (the shared ticker stops in hidden tabs).
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: chromePath(),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=en-US',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
