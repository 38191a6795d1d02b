import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineProcess, defineRoute } from '@platform/workflow/route';
import type { Actor } from '@kernel';
import type { RewardForm } from '@modules/plan/plan.definition';
import type {
  ActiveNomination,
  Decision,
  NominationCommand,
  NominationState,
  NominationStatus,
  Referral,
} from './nomination.decider';
import type { QuotaDecision, QuotaEntry } from './nomination.policy';

/** One nomination from proposal to decision. */
export const nominationStreamId = (nominationId: string): string => `nomination-${nominationId}`;
export const nominationWorkflowId = nominationStreamId;
export interface NominationWorkflowInput {
  nominationId: string;
  planId: string;
  snapshot?: Snapshot<NominationState>;
}
export const nominationCommandUpdate = defineUpdate<CommandResult, [NominationCommand]>('nomination.command');
export const nominationStateQuery = defineQuery<Snapshot<NominationState>>('nomination.state');

export interface NominationKey {
  nominationId: string;
  planId: string;
}

export const nominationRoute = defineRoute({
  workflowType: 'nominationWorkflow',
  workflowId: ({ nominationId }: NominationKey) => nominationWorkflowId(nominationId),
  input: ({ nominationId, planId }: NominationKey): NominationWorkflowInput => ({ nominationId, planId }),
  update: nominationCommandUpdate,
});

/** A number from the issuer's decision register for the year, for one nomination. */
export interface DecisionNumberRequest {
  nominationId: string;
  issuer: string;
  /** The signing organisation's code: its own register. */
  register?: string;
  year: number;
  suffix: string;
  actor: Actor;
}

/** One form's quota in one review: applied by a process workflow, all places or none left undone. */
export interface QuotaAllocationInput {
  reviewId: string;
  form: RewardForm;
  actor: Actor;
}

export const quotaAllocationRoute = defineProcess<QuotaAllocationInput, Array<Record<string, unknown>>>({
  workflowType: 'quotaAllocationWorkflow',
  workflowId: ({ reviewId, form }) => `quota-${reviewId}-${form}`,
});

/** A dossier handed to the next level's own nomination. */
export interface ReferralRequest {
  from: ActiveNomination;
  to: Referral;
  letter: string;
  actor: Actor;
}

/** The next level's final word, for the nomination it came from. */
export interface ReferralOutcome {
  to: NominationKey;
  referralId: string;
  decision?: Decision;
  declined?: { status: NominationStatus; reason: string };
}

/** What the nomination workflows ask of the world; the worker implements it. */
export interface NominationActivities {
  refer(request: ReferralRequest): Promise<void>;
  reportOutcome(outcome: ReferralOutcome): Promise<void>;
  takeDecisionNumber(request: DecisionNumberRequest): Promise<{ number: string }>;
  /** The review's nominations of the form, as the quota sees them, and how many units it scored. */
  quotaPool(input: QuotaAllocationInput): Promise<{ entries: QuotaEntry[]; reviewUnits: number }>;
  /** Sends one nomination its quota result; answers with its row. */
  applyQuota(decision: QuotaDecision, actor: Actor): Promise<Record<string, unknown> | undefined>;
}
