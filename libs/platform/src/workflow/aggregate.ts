import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { CommandResult, Snapshot } from './contracts';
import type { Actor, Command, Decider, DomainEvent } from '@kernel';
import { appendEvents, loadStream } from './activities';
import { asConflict, rethrowAsFailure } from './failures';
import { serial } from './serial';

/** Updates per run before handing over: Temporal caps one execution at 2,000. */
const COMMANDS_PER_RUN = 1_000;

export interface AggregateOptions<S, C extends Command, E extends DomainEvent> {
  streamId: string;
  category: string;
  planId?: string;
  decider: Decider<S, C, E>;
  snapshot?: Snapshot<S>;
  update: UpdateDefinition<CommandResult, [C]>;
  query: QueryDefinition<Snapshot<S>>;
  /** False only for runs recorded before aggregates reloaded their stream (see plan.workflow). */
  rehydrate?: boolean;
  /**
   * The stream is new (its first command creates it): start from the initial state without
   * reading the store. Were it not new after all (a launch replayed over a lost Temporal), the
   * first append would conflict on its expected version and the stream is reloaded then.
   */
  fresh?: boolean;
  /**
   * Commands carried out as a process rather than one decide: steps that await activities (a
   * number from another aggregate's register) between deciding and appending. A process runs
   * inside the aggregate's lock, so no other command interleaves; Temporal resumes it where it
   * stood if the worker dies.
   */
  processes?: Partial<Record<C['type'], (command: C, host: AggregateHost<S, E>) => Promise<CommandResult>>>;
}

/** What a process sees of the aggregate it runs in. */
export interface AggregateHost<S, E> {
  state(): S;
  /** Decides (a refusal becomes the update's failure), appends and folds; the command's answer. */
  decideAndRecord(decide: () => E[], actor: Actor): Promise<CommandResult>;
  /** The answer of a command that changed nothing: where the stream stands. */
  unchanged(): CommandResult;
  now(): Date;
}

/**
 * Hosts one aggregate in a workflow: the single writer of its stream. Commands arrive as
 * updates; the validator runs the pure decider so a broken rule is rejected before anything
 * is recorded; accepted events are appended through the event store and folded into state.
 */
export function hostAggregate<S, C extends Command, E extends DomainEvent>(
  options: AggregateOptions<S, C, E>,
) {
  const { decider, streamId } = options;
  let state = options.snapshot?.state ?? decider.initialState;
  let version = options.snapshot?.version ?? 0;
  let commands = 0;
  const oneAtATime = serial();
  const now = () => new Date(Date.now());

  // The event store is the source of truth: an aggregate whose workflow was lost (a new
  // Temporal server over the same database) starts from its stored events, before any command.
  let loaded = !!options.snapshot || options.rehydrate === false || !!options.fresh;
  if (!loaded) {
    void oneAtATime(async () => {
      const stored = await loadStream(streamId);
      state = (stored.events as E[]).reduce(decider.evolve, state);
      version = stored.version;
      loaded = true;
    });
  }

  /** Appends events on behalf of an actor and folds them in; call inside `exclusive`. */
  async function record(events: E[], actor: Actor): Promise<CommandResult> {
    if (events.length === 0) return host.unchanged();
    const occurredAt = now().toISOString();
    const { workflowId, runId } = workflowInfo();
    const appended = await appendEvents({
      streamId,
      category: options.category,
      planId: options.planId,
      expectedVersion: version,
      events: events.map((e) => ({ eventId: uuid4(), type: e.type, data: e.data, occurredAt })),
      metadata: { actor, workflowId, runId },
    }).catch((error: unknown) => {
      throw asConflict(error);
    });
    version += events.length;
    state = events.reduce(decider.evolve, state);
    return { streamId, version, appended: events.length, rows: appended.rows ?? {} };
  }

  /** Reloads state and version from the store, the source of truth. */
  async function resync(): Promise<void> {
    const stored = await loadStream(streamId);
    state = (stored.events as E[]).reduce(decider.evolve, decider.initialState);
    version = stored.version;
  }

  /**
   * Appends what `decide` produces from the current state. If the store has moved on without
   * this run knowing (a workflow task lost with a server restart, after its append had
   * committed), the append conflicts: reload the stream and decide once more against it.
   */
  async function decideAndRecord(decide: () => E[], actor: Actor): Promise<CommandResult> {
    try {
      return await record(decide(), actor);
    } catch (error) {
      if (!(error instanceof ApplicationFailure && error.type === 'CONFLICT')) throw error;
      await resync();
      return record(decide(), actor);
    }
  }

  const host: AggregateHost<S, E> = {
    state: () => state,
    decideAndRecord: (decide, actor) => decideAndRecord(() => rethrowAsFailure(decide), actor),
    unchanged: () => ({ streamId, version, appended: 0, rows: {} }),
    now,
  };

  /** A command, decided again once its turn comes: an earlier queued one may have changed the state since validation. */
  const execute = (command: C): Promise<CommandResult> =>
    oneAtATime(async () => {
      commands++;
      const decideNow = () => rethrowAsFailure(() => decider.decide(state, command, now()));
      const process = options.processes?.[command.type as C['type']];
      if (!process) return decideAndRecord(decideNow, command.actor);
      decideNow();
      return process(command, host);
    });

  setHandler(options.query, () => ({ state, version }));
  setHandler(options.update, execute, {
    // Until the stored events are loaded the handler decides alone, after loading.
    validator: (command) => void (loaded && rethrowAsFailure(() => decider.decide(state, command, now()))),
  });

  return {
    state: () => state,
    version: () => version,
    snapshot: (): Snapshot<S> => ({ state, version }),
    record,
    decideAndRecord,
    /**
     * Carries out the command the workflow was started with (CommandGateway.open), before any
     * update. Nobody waits for its answer, so a refusal would go unseen: it fails the workflow
     * task instead, which Temporal retries in sight, as a refused update used to keep its sender retrying.
     */
    async runFirst(command: C | undefined): Promise<void> {
      if (!command) return;
      await execute(command).catch((error: unknown) => {
        throw new Error(
          `${streamId}: the command it was started with (${command.type}) failed: ${String(error)}`,
        );
      });
    },
    /** Runs work that reads and writes the aggregate without interleaving with commands. */
    exclusive: oneAtATime,
    /** True once this run should hand over to a fresh one (history size or update count). */
    handoverDue: () => workflowInfo().continueAsNewSuggested || commands >= COMMANDS_PER_RUN,
    /** Waits for the handover point with no command half-done. */
    async untilHandover(): Promise<void> {
      await condition(() => workflowInfo().continueAsNewSuggested || commands >= COMMANDS_PER_RUN);
      await condition(allHandlersFinished);
    },
  };
}

export type Aggregate<S, C extends Command, E extends DomainEvent> = ReturnType<
  typeof hostAggregate<S, C, E>
>;
