import type { PlanStatus } from './plan.decider';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  launched: 'Đã phát động',
};
