import fs from 'node:fs';
import { API_TYPES_FILE, apiTypes } from './lib/api-types';

/**
 * `npm run api:types [-- --check] [url]`: regenerates the UI's API types from a running API
 * (`npm start`), or with --check only says whether the committed ones are stale (exit 1).
 */
const args = process.argv.slice(2);
const check = args.includes('--check');
const base = args.find((a) => !a.startsWith('--')) ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

apiTypes(`${base}/docs-json`).then(
  (text) => {
    if (!check) {
      fs.writeFileSync(API_TYPES_FILE, text);
      console.log(`✓ ${API_TYPES_FILE} regenerated from ${base}/docs-json`);
    } else if (fs.readFileSync(API_TYPES_FILE, 'utf8') !== text) {
      console.error(
        `✗ ${API_TYPES_FILE} is stale: the API changed; run \`npm start\`, then \`npm run api:types\``,
      );
      process.exit(1);
    } else console.log(`✓ ${API_TYPES_FILE} matches ${base}/docs-json`);
  },
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : error}: is the API running (npm start)?`);
    process.exit(2);
  },
);
