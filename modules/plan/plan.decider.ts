import {
  canonicalJson,
  assertNever,
  happenedBy,
  requireRole,
  type Command,
  type Decider,
  type DomainEvent,
} from '@kernel';
import { fail } from './plan.errors';
import { agendaKey, participatingUnits, type UnfinishedTask } from './plan.agenda';
import {
  resolvedGroups,
  withResolvedGroups,
  type PlanDefinition,
  type LaunchParty,
  type ResolvedGroup,
  type ReviewKind,
} from './plan.definition';
import type { UnitScore } from '@modules/review/review.scoring';
import type { ReportRequest, ReportSection } from './plan.requests';
import { reviewFor, sameTarget, type ReviewInfo, type ReviewState, type ReviewTarget } from './plan.reviews';
import {
  checkBasis,
  checkKnownKinds,
  checkKnownUnits,
  checkPlanDefinition,
  type BasisFacts,
} from './plan.policy';

export interface AdhocRequestInput {
  requestId: string;
  number: string;
  issuedOn: string;
  subject: string;
  /** The period its figures describe, resolved by the API under the request's or the plan's regime. */
  period?: ReportRequest['period'];
  asOf?: string;
  sender?: string;
  sections?: ReportSection[];
  dueOn: string;
  dueAt: string;
  units: string[];
  remindDaysBefore?: number[];
}

/** What the unit directory knows, read by the API: absent when a caller does not check (replays). */
export interface DirectoryFacts {
  knownUnits?: string[];
  knownKinds?: string[];
  /** The cited higher plan as the drafter may see it (see checkBasis). */
  basis?: BasisFacts | null;
}

export type PlanCommand =
  /** `knownUnits`, `knownKinds`: what the directory knows, read by the API (see checkKnownUnits). */
  /** `organisation`: the drafting account's; absent in commands from before organisations. */
  | Command<
      'DraftPlan',
      { planId: string; definition: PlanDefinition; organisation?: string } & DirectoryFacts
    >
  | Command<'RevisePlan', { definition: PlanDefinition } & DirectoryFacts>
  /** `parties`: the coordinating groups as the directory resolves them today (`groups`: as commands said before). */
  | Command<'LaunchPlan', { parties?: LaunchParty[]; groups?: ResolvedGroup[] }>
  | Command<'IssueReportRequest', AdhocRequestInput>
  | Command<'OpenReview', { reviewId: string; target: ReviewTarget }>
  | Command<'AddReviewRemark', { reviewId: string; text: string }>
  | Command<'CloseReview', { reviewId: string; scores: UnitScore[] }>;

export type PlanEvent =
  | DomainEvent<'PlanDrafted', { planId: string; definition: PlanDefinition; organisation?: string }>
  | DomainEvent<'PlanRevised', { planId: string; definition: PlanDefinition }>
  | DomainEvent<
      'PlanLaunched',
      { planId: string; launchedAt: string; parties?: LaunchParty[]; groups?: ResolvedGroup[] }
    >
  | DomainEvent<'TasksIssued', { planId: string; units: number; assignments: number }>
  | DomainEvent<'PhaseStarted', { planId: string; phaseCode: string; name: string }>
  | DomainEvent<'PhaseEnded', { planId: string; phaseCode: string; review: ReviewKind }>
  | DomainEvent<'ReportRequested', { planId: string; request: ReportRequest }>
  | DomainEvent<
      'ReminderRecorded',
      { planId: string; requestId: string; daysBefore: number; units: string[]; message: string }
    >
  | DomainEvent<'ReportsOverdue', { planId: string; requestId: string; units: string[]; message: string }>
  /** Tasks due on `dueOn` that their lead units have not done yet, reminded before the day. */
  | DomainEvent<
      'TaskReminderRecorded',
      {
        planId: string;
        planNumber: string;
        dueOn: string;
        daysBefore: number;
        tasks: UnfinishedTask[];
        message: string;
      }
    >
  /** Tasks due on `dueOn` not done when it passed: their lead units and the standing agency are told. */
  | DomainEvent<
      'TasksOverdue',
      {
        planId: string;
        planNumber: string;
        dueOn: string;
        standingUnit: string;
        tasks: UnfinishedTask[];
        message: string;
      }
    >
  | DomainEvent<
      'StandingAgencyAlerted',
      { planId: string; requestId: string; standingUnit: string; units: string[]; message: string }
    >
  | DomainEvent<'ReviewOpened', { planId: string; review: ReviewInfo }>
  | DomainEvent<'ReviewRemarkAdded', { planId: string; reviewId: string; text: string; by: string }>
  | DomainEvent<'ReviewClosed', { planId: string; reviewId: string; scores: UnitScore[] }>;

export type PlanStatus = 'draft' | 'launched';

export interface ActivePlan {
  status: PlanStatus;
  planId: string;
  definition: PlanDefinition;
  /** The organisation whose plan it is (absent for plans drafted before organisations). */
  organisation?: string;
  launchedAt?: string;
  tasksIssued: boolean;
  phase?: string;
  requests: Record<string, ReportRequest>;
  reviews: Record<string, ReviewState>;
  /** Agenda items already carried out (see agenda.ts). */
  done: string[];
}

export type PlanState = { status: 'absent' } | ActivePlan;

export const initialPlanState: PlanState = { status: 'absent' };

const PLAN_WRITERS = ['owner', 'admin'] as const;
const REQUEST_ISSUERS = ['owner', 'standing', 'admin'] as const;
const REVIEWERS = ['standing', 'admin'] as const;

function launched(state: PlanState): ActivePlan {
  const plan = existing(state);
  if (plan.status !== 'launched') fail('PLAN_NOT_LAUNCHED', 'Kế hoạch chưa được phát động');
  return plan;
}

function openReview(plan: ActivePlan, reviewId: string): ReviewState {
  const review = plan.reviews[reviewId];
  if (!review) fail('NOT_FOUND', 'Không tìm thấy đợt đánh giá', { field: 'reviewId' });
  if (review.status === 'closed')
    fail('REVIEW_CLOSED', 'Đợt đánh giá đã kết thúc, kết quả đã được chốt', { field: 'reviewId' });
  return review;
}

/**
 * Decides which events a command produces, or throws a DomainError. A command that
 * repeats what already happened yields no events, so client retries are harmless.
 */
export function decidePlan(state: PlanState, command: PlanCommand, now: Date): PlanEvent[] {
  switch (command.type) {
    case 'DraftPlan': {
      requireRole(command.actor, PLAN_WRITERS);
      const { planId, definition } = command.data;
      if (state.status !== 'absent') {
        if (sameJson(state.definition, definition)) return [];
        fail('ALREADY_EXISTS', `Kế hoạch số ${definition.number} của ${definition.issuer} đã tồn tại`, {
          field: 'number',
          planId: state.planId,
        });
      }
      checkPlanDefinition(definition);
      checkKnownUnits(definition, command.data.knownUnits);
      checkKnownKinds(definition, command.data.knownKinds);
      checkBasis(definition, command.data.basis);
      const { organisation } = command.data;
      return [
        { type: 'PlanDrafted', data: { planId, definition, ...(organisation ? { organisation } : {}) } },
      ];
    }
    case 'RevisePlan': {
      requireRole(command.actor, PLAN_WRITERS);
      const current = existing(state);
      if (current.status !== 'draft') fail('PLAN_NOT_DRAFT', 'Chỉ sửa được kế hoạch khi còn là dự thảo');
      const { definition } = command.data;
      if (
        definition.number !== current.definition.number ||
        definition.issuer !== current.definition.issuer
      ) {
        fail('PLAN_IDENTITY_FIXED', 'Không được đổi số hiệu hoặc cơ quan ban hành của kế hoạch', {
          field: 'number',
        });
      }
      if (sameJson(current.definition, definition)) return [];
      checkPlanDefinition(definition);
      checkKnownUnits(definition, command.data.knownUnits);
      checkKnownKinds(definition, command.data.knownKinds);
      checkBasis(definition, command.data.basis);
      return [{ type: 'PlanRevised', data: { planId: current.planId, definition } }];
    }
    case 'LaunchPlan': {
      requireRole(command.actor, PLAN_WRITERS);
      const current = existing(state);
      if (current.status === 'launched') return [];
      const { groups = [], parties = [] } = command.data;
      return [
        {
          type: 'PlanLaunched',
          data: {
            planId: current.planId,
            launchedAt: now.toISOString(),
            ...(groups.length ? { groups } : {}),
            ...(parties.length ? { parties } : {}),
          },
        },
      ];
    }
    case 'IssueReportRequest':
      requireRole(command.actor, REQUEST_ISSUERS);
      return issueReportRequest(existing(state), command.data, now);
    case 'OpenReview': {
      requireRole(command.actor, PLAN_WRITERS);
      const plan = launched(state);
      const { reviewId, target } = command.data;
      if (Object.values(plan.reviews).some((r) => sameTarget(r, target))) return [];
      const review = reviewFor(plan.definition, target, reviewId, now.toISOString());
      return [{ type: 'ReviewOpened', data: { planId: plan.planId, review } }];
    }
    case 'AddReviewRemark': {
      requireRole(command.actor, REVIEWERS);
      const plan = launched(state);
      openReview(plan, command.data.reviewId);
      const { reviewId, text } = command.data;
      return [
        {
          type: 'ReviewRemarkAdded',
          data: { planId: plan.planId, reviewId, text, by: command.actor.username },
        },
      ];
    }
    case 'CloseReview': {
      requireRole(command.actor, REVIEWERS);
      const plan = launched(state);
      const review = plan.reviews[command.data.reviewId];
      if (review?.status === 'closed') return [];
      openReview(plan, command.data.reviewId);
      const { reviewId, scores } = command.data;
      return [{ type: 'ReviewClosed', data: { planId: plan.planId, reviewId, scores } }];
    }
    default:
      return assertNever(command);
  }
}

function issueReportRequest(plan: ActivePlan, input: AdhocRequestInput, now: Date): PlanEvent[] {
  if (plan.status !== 'launched')
    fail('PLAN_NOT_LAUNCHED', 'Chỉ yêu cầu báo cáo khi kế hoạch đã được phát động');
  const { remindDaysBefore = plan.definition.reporting.remindDaysBefore, ...rest } = input;
  const request: ReportRequest = {
    ...rest,
    kind: 'adhoc',
    remindDaysBefore,
    requestedAt: now.toISOString(),
  };
  const previous = plan.requests[input.requestId];
  if (previous) {
    if (sameJson({ ...previous, requestedAt: '' }, { ...request, requestedAt: '' })) return [];
    fail('ALREADY_EXISTS', `Yêu cầu báo cáo số ${input.number} đã được ban hành với nội dung khác`, {
      field: 'number',
    });
  }
  // A request may be recorded long after it was issued, even after its deadline: offices bring
  // their history in. Its own dates must still make sense.
  happenedBy(input.issuedOn, now, 'issuedOn', 'Ngày ban hành yêu cầu');
  if (input.dueOn < input.issuedOn)
    fail('DUE_BEFORE_ISSUE', 'Hạn báo cáo không được trước ngày ban hành yêu cầu', { field: 'dueDate' });
  const codes = new Set<string>();
  input.sections?.forEach(({ code }, i) => {
    if (codes.has(code))
      fail('VALIDATION_FAILED', `Mã mục “${code}” bị trùng`, { field: `sections.${i}.code` });
    codes.add(code);
  });
  if (input.asOf && input.period && input.asOf < input.period.from)
    fail('VALIDATION_FAILED', 'Ngày chốt số liệu không được trước ngày bắt đầu kỳ báo cáo', {
      field: 'asOf',
    });
  const participants = new Set(participatingUnits(plan.definition));
  input.units.forEach((unit, i) => {
    if (!participants.has(unit))
      fail('UNIT_NOT_IN_PLAN', `Đơn vị ${unit} không tham gia kế hoạch này`, { field: `units.${i}` });
  });
  return [{ type: 'ReportRequested', data: { planId: plan.planId, request } }];
}

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  if (event.type === 'PlanDrafted') {
    const { planId, definition, organisation } = event.data;
    return {
      status: 'draft',
      planId,
      definition,
      organisation,
      tasksIssued: false,
      requests: {},
      reviews: {},
      done: [],
    };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'PlanRevised':
      return { ...state, definition: event.data.definition };
    case 'PlanLaunched':
      return {
        ...state,
        status: 'launched',
        launchedAt: event.data.launchedAt,
        definition: withResolvedGroups(state.definition, resolvedGroups(event.data)),
      };
    case 'TasksIssued':
      return { ...state, tasksIssued: true };
    case 'PhaseStarted':
      return markDone({ ...state, phase: event.data.phaseCode }, agendaKey.phaseStart(event.data.phaseCode));
    case 'PhaseEnded':
      return markDone(
        { ...state, phase: state.phase === event.data.phaseCode ? undefined : state.phase },
        agendaKey.phaseEnd(event.data.phaseCode),
      );
    case 'ReportRequested': {
      const { request } = event.data;
      const next = { ...state, requests: { ...state.requests, [request.requestId]: request } };
      return request.period ? markDone(next, agendaKey.openReport(request.period.key)) : next;
    }
    case 'ReminderRecorded':
      return markDone(state, agendaKey.remind(event.data.requestId, event.data.daysBefore));
    case 'ReportsOverdue':
      return markDone(state, agendaKey.deadline(event.data.requestId));
    case 'TaskReminderRecorded':
      return markDone(state, agendaKey.taskRemind(event.data.dueOn, event.data.daysBefore));
    case 'TasksOverdue':
      return markDone(state, agendaKey.taskDeadline(event.data.dueOn));
    case 'StandingAgencyAlerted':
    case 'ReviewRemarkAdded':
      return state;
    case 'ReviewOpened': {
      const { review } = event.data;
      const next = {
        ...state,
        reviews: { ...(state.reviews ?? {}), [review.reviewId]: { ...review, status: 'open' as const } },
      };
      return review.phaseCode ? markDone(next, agendaKey.review(review.phaseCode)) : next;
    }
    case 'ReviewClosed': {
      const review = state.reviews[event.data.reviewId];
      return {
        ...state,
        reviews: {
          ...state.reviews,
          [review.reviewId]: { ...review, status: 'closed', scores: event.data.scores },
        },
      };
    }
    default:
      return assertNever(event);
  }
}

// Older stored plans (before reporting existed) lack these fields: treat them as empty.
const markDone = (state: ActivePlan, key: string): ActivePlan => ({
  ...state,
  done: [...(state.done ?? []), key],
});

export const planDecider: Decider<PlanState, PlanCommand, PlanEvent> = {
  initialState: initialPlanState,
  decide: decidePlan,
  evolve: evolvePlan,
};

function existing(state: PlanState): ActivePlan {
  if (state.status === 'absent') fail('NOT_FOUND', 'Không tìm thấy kế hoạch');
  return { ...state, requests: state.requests ?? {}, reviews: state.reviews ?? {}, done: state.done ?? [] };
}

/** Definitions arrive as JSON, so JSON equality with stable key order is the right sameness. */
function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
