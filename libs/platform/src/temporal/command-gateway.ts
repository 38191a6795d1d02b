import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  Client,
  Connection,
  WithStartWorkflowOperation,
  WorkflowFailedError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import {
  ApplicationFailure,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/common';
import { DomainError, type Command, type ErrorDetails } from '@kernel';
import { AppConfig } from '@platform/config';
import type { CommandResult } from '@platform/workflow/contracts';
import type { ProcessRoute, Route } from '@platform/workflow/route';

/** A decider's refusal crosses Temporal as a non-retryable failure typed with its error code. */
const ERROR_CODE = /^[A-Z][A-Z_]*$/;

/**
 * The API's one door to the workflows: every command goes out here as a Temporal update on
 * the workflow its route names for the business key, starting that workflow when the command
 * is its first (update-with-start), so a retried request reaches the same workflow.
 */
@Injectable()
export class CommandGateway implements OnModuleDestroy {
  private readonly connection: Connection;
  private readonly client: Client;

  constructor(private readonly config: AppConfig) {
    this.connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
    this.client = new Client({ connection: this.connection, namespace: config.TEMPORAL_NAMESPACE });
  }

  async send<K, C extends Command, I>(route: Route<K, C, I>, key: K, command: C): Promise<CommandResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation(route.workflowType, {
      workflowId: route.workflowId(key),
      args: [route.input(key)],
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    try {
      return await this.client.workflow.executeUpdateWithStart(route.update, {
        args: [command],
        startWorkflowOperation,
      });
    } catch (error) {
      throw refusalOf(error) ?? error;
    }
  }

  /**
   * Starts the workflow with its first command in the start input and returns once Temporal has
   * it, without waiting for it to be carried out: a fan-out's unit of work, one start instead of
   * an update-with-start answered by the worker. If the workflow already runs (a retried
   * fan-out), the command goes as an update, as `send` would.
   */
  async open<K, C extends Command, I extends { first?: C }>(
    route: Route<K, C, I>,
    key: K,
    command: C,
  ): Promise<void> {
    try {
      await this.client.workflow.start(route.workflowType, {
        workflowId: route.workflowId(key),
        args: [{ ...route.input(key), first: command }],
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowIdConflictPolicy: 'FAIL',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      await this.send(route, key, command);
    }
  }

  /** Starts a process (or joins the run already going for its key) and waits for its result. */
  async run<I, R>(route: ProcessRoute<I, R>, input: I): Promise<R> {
    try {
      const handle = await this.client.workflow.start(route.workflowType, {
        workflowId: route.workflowId(input),
        args: [input],
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
      return (await handle.result()) as R;
    } catch (error) {
      throw refusalOf(error) ?? error;
    }
  }

  async ping(): Promise<void> {
    await this.connection.ensureConnected();
    await this.connection.workflowService.getSystemInfo({});
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}

function refusalOf(error: unknown): DomainError | undefined {
  if (error instanceof WorkflowNotFoundError)
    return new DomainError('NOT_FOUND', 'Không tìm thấy đối tượng yêu cầu');
  const cause =
    error instanceof WorkflowUpdateFailedError || error instanceof WorkflowFailedError
      ? error.cause
      : undefined;
  if (cause instanceof ApplicationFailure && cause.nonRetryable && ERROR_CODE.test(cause.type ?? ''))
    return new DomainError(
      cause.type!,
      cause.message,
      (cause.details?.[0] as ErrorDetails | undefined) ?? {},
    );
  return undefined;
}

/** The rows a command's events left in one projection (none when it changed nothing). */
export function rowsOf<T>(result: CommandResult, projection: { name: string }): T[] {
  return (result.rows[projection.name] ?? []) as T[];
}
