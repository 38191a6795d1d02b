import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PlanView } from '../plan.entity';
import { PLAN_STATUS_LABELS } from '../plan.labels';
import { PageOf } from '@platform/http/page';

/** A plan as the API answers it: its row with the Vietnamese names of its status and phase. */
export class PlanReply extends PlanView {
  @ApiProperty({ example: 'Đã phát động' }) statusLabel: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Giai đoạn 1 (2025 – 2027)' })
  phaseName: string | null;
}

export class PlanPage extends PageOf(PlanReply) {}

export const planReply = (plan: PlanView): PlanReply =>
  Object.assign(new PlanReply(), plan, {
    statusLabel: PLAN_STATUS_LABELS[plan.status],
    phaseName: plan.definition.phases.find((p) => p.code === plan.phase)?.name ?? null,
  });
