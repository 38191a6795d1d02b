import 'reflect-metadata';
import { Controller, HttpCode, Inject, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { NOOP_TASK_QUEUE, touchThroughActivityUpdate, touchUpdate } from './workflows/noop';

/**
 * The round trip's HTTP limits, a process of their own: the same framework as our API (NestJS on
 * Express, JSON bodies) with none of its work. `POST /noop` answers at once; `POST /update/:n`
 * only sends the bare update-with-start to do-nothing workflow n and answers with its result;
 * `POST /update-activity/:n` sends the update whose handler runs one do-nothing local activity.
 */
const TEMPORAL = Symbol('temporal');

@Controller()
class LimitController {
  constructor(@Inject(TEMPORAL) private readonly temporal: Client) {}

  @Post('noop')
  @HttpCode(200)
  noop(): { ok: true } {
    return { ok: true };
  }

  @Post('update/:n')
  @HttpCode(200)
  async update(@Param('n') n: string): Promise<{ updates: number }> {
    return { updates: await this.touch(touchUpdate, n) };
  }

  @Post('update-activity/:n')
  @HttpCode(200)
  async updateThroughActivity(@Param('n') n: string): Promise<{ updates: number }> {
    return { updates: await this.touch(touchThroughActivityUpdate, n) };
  }

  private touch(update: typeof touchUpdate, n: string): Promise<number> {
    return this.temporal.workflow.executeUpdateWithStart(update, {
      args: [{}],
      startWorkflowOperation: new WithStartWorkflowOperation('idleWorkflow', {
        workflowId: `bench-http-idle-${n}`,
        taskQueue: NOOP_TASK_QUEUE,
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
  }
}

async function main(): Promise<void> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  @Module({
    controllers: [LimitController],
    providers: [{ provide: TEMPORAL, useValue: new Client({ connection }) }],
  })
  class LimitModule {}
  const app = await NestFactory.create(LimitModule, { logger: false });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
