import { workerData } from 'node:worker_threads';
import { DomainError } from '@kernel';
import { openDataSource } from '@platform/database/data-source';
import { fileRenderer, type RenderRequest } from './render';

// A worker thread of the API: its own small connection pool, opened with its first report.
const renderer = openDataSource((workerData as { databaseUrl: string }).databaseUrl, 2).then(fileRenderer);

/**
 * Renders one report in this thread (piscina calls it with each task). A refusal (an unknown
 * period) travels back as data: an error crossing threads would lose its code.
 */
export default async function render(request: RenderRequest) {
  try {
    return await (
      await renderer
    )(request);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { refusal: { code: error.code, message: error.message, details: error.details } };
  }
}
