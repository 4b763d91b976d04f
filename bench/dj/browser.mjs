// Shared by run-checks.mjs and local-reaction.mjs: static server for www/ and headless Debian Chromium.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const harness = process.env.DJ_HARNESS || '/work/dj-harness';
const { chromium } = createRequire(join(harness, 'package.json'))('playwright-core');

export async function openHarness(pagePath = 'index.html') {
  const port = 8700 + Math.floor(Math.random() * 200);
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(here, 'www')],
    { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
  await page.goto(`http://127.0.0.1:${port}/${pagePath}`);
  await page.waitForFunction(() => window.harnessReady === true);
  const close = async () => { await browser.close(); server.kill(); };
  return { page, browser, close, base: `http://127.0.0.1:${port}/` };
}

/** Loads `url` into deck `id` and waits until the audio is decoded. */
export async function loadDeck(page, id, props) {
  await page.evaluate(([id, props]) => Object.assign(document.getElementById(id), props), [id, props]);
  await page.waitForFunction((id) => document.getElementById(id).audioState.outputGain > 0 &&
    document.getElementById(id).syncInfo() !== null, id, { timeout: 20000 });
}
