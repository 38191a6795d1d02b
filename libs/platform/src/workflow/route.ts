import type { UpdateDefinition } from '@temporalio/common';
import type { Command } from '@kernel';
import type { CommandResult } from './contracts';

/**
 * Everything needed to send a module's commands: which workflow type hosts the aggregate, the
 * workflow id built from the business key (so a retry reaches the same workflow), the input
 * that starts it when the command is its first, and the update that carries the command.
 * Routes are data, safe to import in workflow code; the API sends through the CommandGateway.
 */
export interface Route<K, C extends Command, I> {
  /** The workflow function's name, as the worker registers it. */
  workflowType: string;
  workflowId(key: K): string;
  input(key: K): I;
  update: UpdateDefinition<CommandResult, [C]>;
}

export const defineRoute = <K, C extends Command, I>(route: Route<K, C, I>): Route<K, C, I> => route;

/** A workflow that runs a process to its end (several aggregates' commands) and returns a result. */
export interface ProcessRoute<I, R> {
  workflowType: string;
  /** From the process's input: the same business key reaches the same run while it runs. */
  workflowId(input: I): string;
  /** Never set: carries the result's type. */
  readonly result?: R;
}

export const defineProcess = <I, R>(route: ProcessRoute<I, R>): ProcessRoute<I, R> => route;
