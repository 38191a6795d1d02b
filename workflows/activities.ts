import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type {
  AppendRequest,
  AppendResult,
  IssueAssignmentsRequest,
  IssueAssignmentsResult,
} from '../libs/contracts/src';

/** The activity surface workflows see; the worker implements it in apps/worker. */
export interface Activities {
  appendEvents(request: AppendRequest): Promise<AppendResult>;
  /** A stream's events as plain data, to rebuild an aggregate whose workflow was lost. */
  loadStream(streamId: string): Promise<{ events: Array<{ type: string; data: unknown }>; version: number }>;
  /** Units asked by a report request that have not submitted yet (from the projection). */
  pendingUnits(requestId: string, units: string[]): Promise<string[]>;
  /** Starts (or finds) each unit's assignment workflow and gives it its tasks; idempotent. */
  issueAssignments(request: IssueAssignmentsRequest): Promise<IssueAssignmentsResult>;
}

// Local: these are short and must finish before an update answers; a local activity skips
// a round trip through the server. Retries are safe because the store is idempotent on event ids.
export const { appendEvents, loadStream, pendingUnits } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '200 milliseconds',
    maximumInterval: '10 seconds',
    nonRetryableErrorTypes: ['WrongExpectedVersionError'],
  },
});

// The fan-out may take minutes for thousands of units: a regular activity that heartbeats,
// resumable because every unit's issue is idempotent.
export const { issueAssignments } = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
