import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from '../scripts/lib/stack';
import { fmt, run, spread, writeSection } from './stats';
import { log, withSystem } from './system';

/**
 * Benchmark 6 (issue 13): the web UI. Its production build's time; what the login page loads
 * (raw, gzip, brotli bytes) against the whole UI; and the first load of the login page in
 * Debian's Chromium on localhost, each run in a fresh browser context (nothing cached): time to
 * first byte, DOMContentLoaded, and the login form visible. `npm run bench -- web`.
 */
const RUNS = 10;
const WEB = path.join(ROOT, 'dist/web');

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

function sizes(files: string[]) {
  const read = files.map((f) => fs.readFileSync(path.join(WEB, f)));
  const sum = (f: (b: Buffer) => number) => read.reduce((total, b) => total + f(b), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    br: sum((b) => brotliCompressSync(b).length),
  };
}

async function buildTime(): Promise<number> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-web-'));
  const started = performance.now();
  await promisify(execFile)(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      'apps/web',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT },
  );
  const ms = performance.now() - started;
  fs.rmSync(out, { recursive: true, force: true });
  return ms;
}

run(async () => {
  log('building the UI into a scratch folder (vite build)…');
  const builds = [await buildTime(), await buildTime(), await buildTime()];
  const index = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8');
  const initial = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const all = fs
    .readdirSync(path.join(WEB, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  const first = sizes(initial);
  const whole = sizes(all);

  await withSystem('web', async (sys) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const ttfb: number[] = [];
    const dcl: number[] = [];
    const visible: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${sys.base}/dang-nhap`);
      await page.getByLabel('Tên đăng nhập').waitFor();
      // Evaluated in the page (the bench compiles without the DOM's types).
      const t = await page.evaluate<{ ttfb: number; dcl: number; now: number }>(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd, now: performance.now() };
      })()`);
      ttfb.push(t.ttfb);
      dcl.push(t.dcl);
      visible.push(t.now);
      await context.close();
    }
    await browser.close();
    writeSection('Web UI: build, bundle, first load', 'npm run bench -- web', [
      `vite build (3 runs, ms): ${fmt(spread(builds))}.`,
      '',
      '| what | files | raw | gzip | brotli (as sent) |',
      '| --- | --- | --- | --- | --- |',
      `| the login page's first load | ${initial.length} | ${kb(first.raw)} | ${kb(first.gzip)} | ${kb(first.br)} |`,
      `| the whole UI (every screen's chunk) | ${all.length} | ${kb(whole.raw)} | ${kb(whole.gzip)} | ${kb(whole.br)} |`,
      '',
      `First load of \`/dang-nhap\` in Chromium on localhost, fresh context each run, median (min–max) of ${RUNS}, ms:`,
      '',
      '| time to first byte | DOMContentLoaded | login form visible |',
      '| --- | --- | --- |',
      `| ${fmt(spread(ttfb))} | ${fmt(spread(dcl))} | ${fmt(spread(visible))} |`,
    ]);
  });
});
