import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import { quotaDecisions } from './nomination.policy';
import type { NominationActivities, QuotaAllocationInput } from './nomination.route';

// Each step takes well under a second: a worker that died holding one is given up on quickly.
const { quotaPool, applyQuota } = proxyActivities<NominationActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * The council's result for one form in one review, as one process: the pool of nominations is
 * read once (and kept in the workflow's history), the places are decided from it, then each
 * nomination receives its result. If the worker dies halfway, Temporal resumes here with the
 * same pool and the same decisions, and every nomination takes its result exactly once
 * (ApplyQuota is idempotent): a review is never left partly allocated.
 */
export async function quotaAllocationWorkflow(
  input: QuotaAllocationInput,
): Promise<Array<Record<string, unknown>>> {
  const { entries, reviewUnits } = await quotaPool(input);
  const decisions = quotaDecisions(entries, reviewUnits);
  if (decisions.length === 0)
    throw ApplicationFailure.create({
      type: 'NOTHING_AWAITING_QUOTA',
      message: 'Không có hồ sơ nào đang chờ xét chỉ tiêu cho hình thức này',
      details: [{ field: 'form' }],
      nonRetryable: true,
    });
  // In rank order, one after another: the register of results reads as the council decided it.
  const rows: Array<Record<string, unknown>> = [];
  for (const decision of decisions) {
    const row = await applyQuota(decision, input.actor);
    if (row) rows.push(row);
  }
  return rows;
}
