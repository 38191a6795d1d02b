import path from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import prettier from 'prettier';
import { ROOT } from './stack';

/** Where the UI keeps the API's types: generated, committed, and checked against the API by a test. */
export const API_TYPES_FILE = path.join(ROOT, 'apps/web/src/api/schema.d.ts');

/** The UI's types for the API whose OpenAPI document is at `docsUrl` (…/docs-json), formatted as committed. */
export async function apiTypes(docsUrl: string): Promise<string> {
  const response = await fetch(docsUrl);
  if (!response.ok) throw new Error(`${docsUrl} → ${response.status}`);
  const ast = await openapiTS((await response.json()) as Parameters<typeof openapiTS>[0]);
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(COMMENT_HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
