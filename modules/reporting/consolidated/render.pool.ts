import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { DomainError } from '@kernel';
import { AppConfig } from '@platform/config';
import type { RenderedFile, RenderRequest } from './render';

type Refusal = Pick<DomainError, 'code' | 'message' | 'details'>;

/**
 * The API renders report files in worker threads (piscina): building a country's report and
 * writing its document take the CPU for a second, and on the main thread every other request
 * would wait that long. Threads start when a report is asked for and stop when idle.
 */
@Injectable()
export class RenderPool implements OnModuleDestroy {
  private readonly pool: Piscina;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.pool = new Piscina({
      filename: join(__dirname, 'render.worker.js'),
      workerData: { databaseUrl: config.DATABASE_URL },
      minThreads: 0,
      maxThreads: 2,
      idleTimeout: 60_000,
    });
  }

  async render(request: RenderRequest): Promise<RenderedFile> {
    const answer = (await this.pool.run(request)) as RenderedFile | { refusal: Refusal };
    if ('refusal' in answer) {
      const { code, message, details } = answer.refusal;
      throw new DomainError(code, message, details);
    }
    return answer;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
