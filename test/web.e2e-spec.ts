import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { UI_SEGMENTS } from '../apps/web/src/paths';
import { apiUrl, call } from './support/client';

const ROOT = path.resolve(__dirname, '..');

describe('the web UI beside the API', () => {
  it("uses the API's own types: the committed client is what the API's OpenAPI document generates", async () => {
    // The generator is ESM inside: it runs compiled, as `npm run api:types -- --check` does.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'dist/scripts/api-types.js'), '--check', apiUrl()],
      { cwd: ROOT },
    ).catch((error: { stderr?: string }) => {
      throw new Error(error.stderr ?? String(error));
    });
    expect(stdout).toContain('matches');
  });

  it('owns addresses that no API route uses', async () => {
    const doc = (await call('GET', '/docs-json')).body as { paths: Record<string, unknown> };
    const apiSegments = new Set(Object.keys(doc.paths).map((p) => p.split('/')[1]));
    expect(UI_SEGMENTS.filter((segment) => apiSegments.has(segment))).toEqual([]);
  });

  it('answers a UI address with the page, and leaves every other address to the API', async () => {
    for (const address of ['/', '/dang-nhap', '/ke-hoach/8d2b4c1e-0000-4000-8000-000000000000']) {
      const response = await fetch(`${apiUrl()}${address}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<div id="root">');
    }
    expect((await call('GET', '/plans')).body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect((await call('GET', '/khong-co-dia-chi-nay')).status).toBe(404);
  });

  it('sends the UI’s scripts compressed to browsers that accept it, and cached for good', async () => {
    const page = await (await fetch(`${apiUrl()}/dang-nhap`)).text();
    const script = page.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const get = (encodings: string) =>
      fetch(`${apiUrl()}${script}`, { headers: { 'accept-encoding': encodings } });
    const [br, gzip, plain] = await Promise.all([get('gzip, br'), get('gzip'), get('identity')]);
    expect([br, gzip, plain].map((r) => [r.status, r.headers.get('content-encoding')])).toEqual([
      [200, 'br'],
      [200, 'gzip'],
      [200, null],
    ]);
    // The same script whichever way it travels (fetch undoes the encoding).
    const [a, b, c] = await Promise.all([br.text(), gzip.text(), plain.text()]);
    expect(a === c && b === c).toBe(true);
    expect(plain.headers.get('cache-control')).toContain('immutable');
    expect(br.headers.get('content-type')).toContain('javascript');
  });
});
