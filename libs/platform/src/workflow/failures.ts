// From common, not workflow: activities use asFailure too, outside the workflow sandbox.
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@kernel';

/** Carries a domain rule's code and details across Temporal, where only failures travel. */
export function asFailure(error: unknown): unknown {
  if (error instanceof DomainError) {
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [error.details],
      nonRetryable: true,
    });
  }
  return error;
}

export function rethrowAsFailure<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asFailure(error);
  }
}

/** The store saw another writer on this stream: a conflict for the client, not a crash. */
export function asConflict(error: unknown): unknown {
  // A local activity's failure arrives as the activity's own ApplicationFailure, a regular
  // activity's wrapped in an ActivityFailure: accept both.
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (cause instanceof ApplicationFailure && cause.type === 'WrongExpectedVersionError') {
    return ApplicationFailure.create({ type: 'CONFLICT', message: cause.message, nonRetryable: true });
  }
  return error;
}
