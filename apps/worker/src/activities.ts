import type { EventStore } from '../../../libs/event-store/src';
import type { Activities } from '../../../workflows/activities';

/** Activities take their dependencies from the composition root: no globals, easy to test. */
export function createActivities(deps: { store: EventStore }): Activities {
  return {
    appendEvents: (request) => deps.store.append(request),
    async loadStream(streamId) {
      const events = await deps.store.readStream(streamId);
      return {
        events: events.map(({ type, data }) => ({ type, data })),
        version: events.at(-1)?.version ?? 0,
      };
    },
  };
}
