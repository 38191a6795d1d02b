import { proxyLocalActivities, type LocalActivityOptions } from '@temporalio/workflow';
import type { AppendRequest, AppendResult } from './contracts';

/** The event store as workflows see it; the worker implements it in apps/worker. */
export interface StoreActivities {
  appendEvents(request: AppendRequest): Promise<AppendResult>;
  /** A stream's events as plain data, to rebuild an aggregate whose workflow was lost. */
  loadStream(streamId: string): Promise<{ events: Array<{ type: string; data: unknown }>; version: number }>;
}

// Local: these are short and must finish before an update answers; a local activity skips
// a round trip through the server. Retries are safe because the store is idempotent on event ids.
export const LOCAL_ACTIVITY_OPTIONS: LocalActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '200 milliseconds',
    maximumInterval: '10 seconds',
    nonRetryableErrorTypes: ['WrongExpectedVersionError'],
  },
};

export const { appendEvents, loadStream } = proxyLocalActivities<StoreActivities>(LOCAL_ACTIVITY_OPTIONS);
