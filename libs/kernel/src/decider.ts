import type { Actor, Role } from './actor';
import { fail } from './errors';

/** A command as it travels from the API to an aggregate's workflow: plain data only. */
export interface Command<T extends string = string, D = unknown> {
  type: T;
  data: D;
  actor: Actor;
}

/** An event as a decider emits it, before the workflow gives it an id and metadata. */
export interface DomainEvent<T extends string = string, D = unknown> {
  type: T;
  data: D;
}

export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) {
    fail('FORBIDDEN', `Vai trò “${actor.role}” không được thực hiện thao tác này`, { allowed: roles });
  }
}

/** Exhaustiveness guard for discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}

/** An aggregate's rules as pure functions: what a command produces, and how events fold into state. */
export interface Decider<S, C extends Command, E extends DomainEvent> {
  initialState: S;
  decide(state: S, command: C, now: Date): E[];
  evolve(state: S, event: E): S;
}
