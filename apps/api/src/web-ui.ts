import type { NestExpressApplication } from '@nestjs/platform-express';
import expressStaticGzip from 'express-static-gzip';
import type { NextFunction, Request, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { UI_SEGMENTS } from '../../web/src/paths';

/** Where `vite build` puts the UI: dist/web, beside the compiled API. */
const WEB_ROOT = path.resolve(__dirname, '../../../web');

/** A UI address: the root or one whose first segment the UI owns; every other path stays the API's. */
export function isUiPath(urlPath: string): boolean {
  const first = urlPath.split('/')[1] ?? '';
  return first === '' || (UI_SEGMENTS as readonly string[]).includes(first);
}

/**
 * Serves the built UI from the API's own port: its hashed assets under /assets, and its page
 * for any UI address (so a reload on a deep link shows that page). Answers false when no UI is
 * built, so the API runs without it.
 */
export function serveWebUi(app: NestExpressApplication, root = WEB_ROOT): boolean {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return false;
  // The build's brotli or gzip copy when the browser takes it: a third of the bytes on a
  // village head's phone, and no compressing per request.
  app.use(
    '/assets',
    expressStaticGzip(path.join(root, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { immutable: true, maxAge: '1y' },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && isUiPath(req.path)) {
      res.setHeader('cache-control', 'no-cache');
      return res.sendFile(index);
    }
    next();
  });
  return true;
}
