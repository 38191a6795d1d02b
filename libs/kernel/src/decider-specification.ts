import { canonicalJson } from './canonical-json';
import type { Command, Decider, DomainEvent } from './decider';
import { DomainError, type ErrorDetails } from './errors';

/** The instant a specification decides at unless it says otherwise. */
const DEFAULT_NOW = new Date('2026-01-10T03:00:00Z');

/** A specification failed: what was expected beside what came. */
export class SpecificationError extends Error {
  override name = 'SpecificationError';
}

const show = (value: unknown): string => JSON.stringify(value, null, 2);

function sameAs(actual: unknown, expected: unknown, what: string): void {
  if (canonicalJson(actual) !== canonicalJson(expected))
    throw new SpecificationError(`${what}\nexpected: ${show(expected)}\nreceived: ${show(actual)}`);
}

/** Is every member of `expected` present, equal, in `actual` (arrays element by element)? */
function contains(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object')
    return canonicalJson(actual) === canonicalJson(expected);
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([key, value]) =>
    contains((actual as Record<string, unknown>)[key], value),
  );
}

export interface Outcome<S, E> {
  /** The events are exactly these. */
  then(expected: E[]): void;
  /** Hand the events and the state they lead to over to the caller's own checks. */
  then(check: (events: E[], state: S) => void): void;
  /** The command was accepted and changed nothing (a repeat). */
  thenNothingHappens(): void;
  /** The command was refused with this code (and these details, when given); returns the error. */
  thenThrows(code: string, details?: ErrorDetails): DomainError;
  /** The events, for a scenario that goes on; throws if the command was refused. */
  events(): E[];
  /** The state after the events. */
  state(): S;
}

export interface Scenario<S, C, E> {
  /** The events given so far, and the state they lead to. */
  readonly history: E[];
  readonly state: S;
  when(command: C, now?: Date): Outcome<S, E>;
}

/**
 * given / when / then for a pure decider: given the events that happened (or, with `after`,
 * the commands that produced them), when a command is decided, then these events or a refusal
 * with a code. One harness for every decider and policy of every module.
 */
export function DeciderSpecification<S, C extends Command, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  { now = DEFAULT_NOW }: { now?: Date } = {},
) {
  const fold = (state: S, events: E[]): S => events.reduce(decider.evolve, state);

  function scenario(history: E[]): Scenario<S, C, E> {
    const state = fold(decider.initialState, history);
    return {
      history,
      state,
      when(command, at = now) {
        let events: E[] | undefined;
        let refusal: DomainError | undefined;
        try {
          events = decider.decide(state, command, at);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          refusal = error;
        }
        const accepted = (): E[] => {
          if (events) return events;
          throw new SpecificationError(
            `expected ${command.type} to be accepted, but it was refused: ${refusal!.code} “${refusal!.message}” ${show(refusal!.details)}`,
          );
        };
        return {
          then(expected: E[] | ((events: E[], state: S) => void)) {
            const produced = accepted();
            if (typeof expected === 'function') expected(produced, fold(state, produced));
            else sameAs(produced, expected, `${command.type} produced other events`);
          },
          thenNothingHappens() {
            sameAs(accepted(), [], `${command.type} was expected to change nothing`);
          },
          thenThrows(code, details) {
            if (!refusal)
              throw new SpecificationError(
                `expected ${command.type} to be refused with ${code}, but it produced ${show(events)}`,
              );
            if (refusal.code !== code)
              throw new SpecificationError(
                `expected ${command.type} to be refused with ${code}, but it was ${refusal.code}: “${refusal.message}”`,
              );
            if (details && !contains(refusal.details, details))
              throw new SpecificationError(
                `${code} came with other details\nexpected to contain: ${show(details)}\nreceived: ${show(refusal.details)}`,
              );
            return refusal;
          },
          events: accepted,
          state: () => fold(state, accepted()),
        };
      },
    };
  }

  return {
    given: (...events: E[]): Scenario<S, C, E> => scenario(events),
    /** Given what these commands produce, each decided in turn against the state the previous left. */
    after: (...commands: Array<C | [C, Date]>): Scenario<S, C, E> =>
      scenario(
        commands.reduce<E[]>((history, entry) => {
          const [command, at] = Array.isArray(entry) ? entry : [entry, now];
          return [...history, ...scenario(history).when(command, at).events()];
        }, []),
      ),
  };
}
