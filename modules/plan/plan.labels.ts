import type { PlanStatus } from './plan.decider';
import type { IndicatorKind } from './plan.definition';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  launched: 'Đã phát động',
};

export const INDICATOR_KIND_LABELS: Record<IndicatorKind, string> = {
  ratio: 'Tỷ lệ (tử số/mẫu số)',
  count: 'Số lượng',
  money: 'Số tiền',
  yes_no: 'Có/không',
  checklist: 'Bộ tiêu chí (đạt đủ x/y)',
  breakdown: 'Cơ cấu theo tình trạng (các phần cộng bằng tổng)',
};
