import { canonicalJson } from '../canonical-json';
import { fail } from '../errors';
import { assertNever, requireRole, type Command, type DomainEvent } from '../messages';
import type { PlanDefinition } from './definition';
import { checkPlanDefinition } from './rules';

export type PlanCommand =
  | Command<'DraftPlan', { planId: string; definition: PlanDefinition }>
  | Command<'RevisePlan', { definition: PlanDefinition }>
  | Command<'LaunchPlan', Record<string, never>>;

export type PlanEvent =
  | DomainEvent<'PlanDrafted', { planId: string; definition: PlanDefinition }>
  | DomainEvent<'PlanRevised', { planId: string; definition: PlanDefinition }>
  | DomainEvent<'PlanLaunched', { planId: string; launchedAt: string }>;

export type PlanStatus = 'draft' | 'launched';

export type PlanState =
  | { status: 'absent' }
  | { status: PlanStatus; planId: string; definition: PlanDefinition; launchedAt?: string };

export const initialPlanState: PlanState = { status: 'absent' };

const PLAN_WRITERS = ['owner', 'admin'] as const;

/**
 * Decides which events a command produces, or throws a DomainError. A command that
 * repeats what already happened yields no events, so client retries are harmless.
 */
export function decidePlan(state: PlanState, command: PlanCommand, now: Date): PlanEvent[] {
  requireRole(command.actor, PLAN_WRITERS);
  switch (command.type) {
    case 'DraftPlan': {
      const { planId, definition } = command.data;
      if (state.status !== 'absent') {
        if (sameJson(state.definition, definition)) return [];
        fail('ALREADY_EXISTS', `Kế hoạch số ${definition.number} của ${definition.issuer} đã tồn tại`, {
          field: 'number',
          planId: state.planId,
        });
      }
      checkPlanDefinition(definition);
      return [{ type: 'PlanDrafted', data: { planId, definition } }];
    }
    case 'RevisePlan': {
      const current = existing(state);
      if (current.status !== 'draft') fail('INVALID_STATE', 'Chỉ sửa được kế hoạch khi còn là dự thảo');
      const { definition } = command.data;
      if (
        definition.number !== current.definition.number ||
        definition.issuer !== current.definition.issuer
      ) {
        fail('RULE_VIOLATED', 'Không được đổi số hiệu hoặc cơ quan ban hành của kế hoạch', {
          field: 'number',
        });
      }
      if (sameJson(current.definition, definition)) return [];
      checkPlanDefinition(definition);
      return [{ type: 'PlanRevised', data: { planId: current.planId, definition } }];
    }
    case 'LaunchPlan': {
      const current = existing(state);
      if (current.status === 'launched') return [];
      return [{ type: 'PlanLaunched', data: { planId: current.planId, launchedAt: now.toISOString() } }];
    }
    default:
      return assertNever(command);
  }
}

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanDrafted':
      return { status: 'draft', planId: event.data.planId, definition: event.data.definition };
    case 'PlanRevised':
      return state.status === 'absent' ? state : { ...state, definition: event.data.definition };
    case 'PlanLaunched':
      return state.status === 'absent'
        ? state
        : { ...state, status: 'launched', launchedAt: event.data.launchedAt };
    default:
      return assertNever(event);
  }
}

function existing(state: PlanState): Exclude<PlanState, { status: 'absent' }> {
  if (state.status === 'absent') fail('NOT_FOUND', 'Không tìm thấy kế hoạch');
  return state;
}

/** Definitions arrive as JSON, so JSON equality with stable key order is the right sameness. */
function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
