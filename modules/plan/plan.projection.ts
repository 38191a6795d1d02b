import type { PlanEvent } from './plan.decider';
import type { Projection, StoredEvent } from '@platform/event-store';
import { PlanView } from './plan.entity';
import { launchParties } from './plan.definition';

const PLAN_EVENTS = new Set<string>([
  'PlanDrafted',
  'PlanRevised',
  'PlanLaunched',
  'TasksIssued',
  'PhaseStarted',
  'PhaseEnded',
]);

export const planProjection: Projection<PlanView> = {
  name: 'plans',
  entity: PlanView,
  keysOf: (event) => (PLAN_EVENTS.has(event.type) ? [(event.data as { planId: string }).planId] : []),
  evolve(row, stored) {
    const event = stored as StoredEvent & PlanEvent;
    const next = Object.assign(new PlanView(), row, {
      version: stored.version,
      updatedAt: new Date(stored.recordedAt),
    });
    switch (event.type) {
      case 'PlanDrafted':
      case 'PlanRevised': {
        const { definition } = event.data;
        return Object.assign(next, {
          id: event.data.planId,
          number: definition.number,
          issuer: definition.issuer,
          title: definition.title,
          parentPlanId: definition.basis?.planId ?? null,
          parentTaskCode: definition.basis?.taskCode ?? null,
          issuedOn: definition.issuedOn,
          organisationCode:
            event.type === 'PlanDrafted'
              ? (event.data.organisation ?? null)
              : (row?.organisationCode ?? null),
          definition,
          status: row?.status ?? 'draft',
          launchedAt: row?.launchedAt ?? null,
          phase: row?.phase ?? null,
          tasksIssuedAt: row?.tasksIssuedAt ?? null,
          assignments: row?.assignments ?? 0,
          launchParties: row?.launchParties ?? [],
        });
      }
      case 'PlanLaunched':
        // The groups' units once each, beside the definition: a national plan's “các xã, phường”
        // written into each of its tasks would make every read of the plan megabytes.
        return Object.assign(next, {
          status: 'launched',
          launchedAt: new Date(event.data.launchedAt),
          launchParties: launchParties(event.data),
        });
      case 'TasksIssued':
        return Object.assign(next, {
          tasksIssuedAt: new Date(stored.recordedAt),
          assignments: event.data.assignments,
        });
      case 'PhaseStarted':
        return Object.assign(next, { phase: event.data.phaseCode });
      case 'PhaseEnded':
        return Object.assign(next, { phase: next.phase === event.data.phaseCode ? null : next.phase });
      default:
        return next;
    }
  },
};
