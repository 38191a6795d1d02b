import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INDICATOR_KINDS, type IndicatorKind } from '@modules/plan/plan.definition';
import type { ChecklistRow } from '../assignment.indicators';
import type { IndicatorTotal } from '../indicator-totals';
import type { TimeStateCounts } from '../assignment.policy';

// The JSON shapes of counted tasks and added-up figures, shared by the dashboard and the reports.

export class TimeStateCountsShape implements TimeStateCounts {
  @ApiProperty({ description: 'Chưa đến hạn' }) not_yet_due: number;
  @ApiProperty({ description: 'Đang thực hiện' }) in_progress: number;
  @ApiProperty({ description: 'Hoàn thành đúng hạn' }) done_on_time: number;
  @ApiProperty({ description: 'Hoàn thành quá hạn' }) done_late: number;
  @ApiProperty({ description: 'Quá hạn chưa hoàn thành' }) overdue: number;
  @ApiProperty() total: number;
}

export class IndicatorTotalShape implements IndicatorTotal {
  @ApiProperty() indicatorCode: string;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind: IndicatorKind;
  @ApiProperty({ description: 'Values added up (checklist: rows)' }) units: number;
  @ApiPropertyOptional() numerator?: number;
  @ApiPropertyOptional() denominator?: number;
  @ApiPropertyOptional() percent?: number;
  @ApiPropertyOptional({ description: 'Mean of the units’ percentages' }) averagePercent?: number;
  @ApiPropertyOptional() value?: number;
  @ApiPropertyOptional() average?: number;
  @ApiPropertyOptional() total?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } })
  parts?: Record<string, number>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } })
  criteria?: Record<string, number>;
  @ApiProperty({ type: Boolean, nullable: true }) met: boolean | null;
  @ApiProperty() unitsMeeting: number;
  @ApiProperty({ example: '13/20 = 65,00 %' }) display: string;
}

export class ChecklistRowShape implements ChecklistRow {
  @ApiProperty({ type: String, nullable: true, description: 'null: the unit itself' }) subject: string | null;
  @ApiProperty({ type: [String], description: 'Codes of the criteria met' }) met: string[];
}

/** What a value holds beyond its numbers: yes/no, a checklist's rows, a breakdown's total and parts. */
export class IndicatorDetailShape {
  @ApiPropertyOptional() yes?: boolean;
  @ApiPropertyOptional({ type: [ChecklistRowShape] }) rows?: ChecklistRow[];
  @ApiPropertyOptional() total?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } })
  parts?: Record<string, number>;
}
