import { proxyLocalActivities } from '@temporalio/workflow';
import type { AppendRequest, AppendResult } from '../libs/contracts/src';

/** The activity surface workflows see; the worker implements it in apps/worker. */
export interface Activities {
  appendEvents(request: AppendRequest): Promise<AppendResult>;
  /** A stream's events as plain data, to rebuild an aggregate whose workflow was lost. */
  loadStream(streamId: string): Promise<{ events: Array<{ type: string; data: unknown }>; version: number }>;
}

// Local: the append is short and must finish before the update answers; a local
// activity skips a round trip through the server. Retries are safe because the
// store is idempotent on event ids.
export const { appendEvents, loadStream } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '200 milliseconds',
    maximumInterval: '10 seconds',
    nonRetryableErrorTypes: ['WrongExpectedVersionError'],
  },
});
