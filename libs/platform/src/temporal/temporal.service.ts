import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  Client,
  Connection,
  WithStartWorkflowOperation,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError, type UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '@platform/config';
import { DomainError, type ErrorDetails } from '@kernel';

/**
 * The API's only door to the workflows. Rule violations come back from a workflow as
 * ApplicationFailures typed with the domain's error code and turn into DomainErrors here.
 */
@Injectable()
export class TemporalService implements OnModuleDestroy {
  readonly connection: Connection;
  readonly client: Client;

  constructor(private readonly config: AppConfig) {
    this.connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
    this.client = new Client({ connection: this.connection, namespace: config.TEMPORAL_NAMESPACE });
  }

  /** Sends a command, starting the workflow first when it does not run yet (idempotent on the id). */
  async updateWithStart<R, C>(
    workflowType: string,
    workflowId: string,
    workflowArgs: unknown[],
    update: UpdateDefinition<R, [C]>,
    command: C,
  ): Promise<R> {
    const startWorkflowOperation = new WithStartWorkflowOperation(workflowType, {
      workflowId,
      args: workflowArgs,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return translate(() =>
      this.client.workflow.executeUpdateWithStart(update, { args: [command], startWorkflowOperation }),
    );
  }

  async ping(): Promise<void> {
    await this.connection.ensureConnected();
    await this.connection.workflowService.getSystemInfo({});
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}

async function translate<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WorkflowNotFoundError)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy đối tượng yêu cầu');
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    // A decider's refusal: non-retryable, typed with the module's error code.
    if (
      cause instanceof ApplicationFailure &&
      cause.nonRetryable &&
      cause.type &&
      /^[A-Z][A-Z_]*$/.test(cause.type)
    ) {
      throw new DomainError(
        cause.type,
        cause.message,
        (cause.details?.[0] as ErrorDetails | undefined) ?? {},
      );
    }
    throw error;
  }
}
