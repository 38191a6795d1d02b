import path from 'node:path';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The API serves the built UI from dist/web (see apps/api/src/web-ui.ts); in development
// `npx vite apps/web` proxies the API's routes to a running `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // Brotli and gzip copies beside each asset, made once here: the API sends them as they are.
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Ant Design's 'use client' markers mean nothing without server components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      [
        '/auth',
        '/me',
        '/plans',
        '/tasks',
        '/units',
        '/report-requests',
        '/reviews',
        '/nominations',
        '/rule-sets',
        '/audit',
        '/evidence',
      ].map((prefix) => [prefix, 'http://127.0.0.1:3000']),
    ),
  },
});
