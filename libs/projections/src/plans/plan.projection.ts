import type { PlanEvent } from '../../../domain/src';
import type { Projection, StoredEvent } from '../../../event-store/src';
import { PlanView } from './plan.entity';

const PLAN_EVENTS = new Set<string>(['PlanDrafted', 'PlanRevised', 'PlanLaunched']);

export const planProjection: Projection<PlanView> = {
  name: 'plans',
  entity: PlanView,
  keyOf: (event) => (PLAN_EVENTS.has(event.type) ? (event.data as { planId: string }).planId : undefined),
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
          issuedOn: definition.issuedOn,
          definition,
          status: row?.status ?? 'draft',
          launchedAt: row?.launchedAt ?? null,
        });
      }
      case 'PlanLaunched':
        return Object.assign(next, { status: 'launched', launchedAt: new Date(event.data.launchedAt) });
    }
  },
};
