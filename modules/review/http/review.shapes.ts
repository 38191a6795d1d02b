import { ApiProperty } from '@nestjs/swagger';
import type { Timeliness } from '@modules/reporting/reporting.policy';
import type { IndicatorOverview, PlanOverview, UnitOverview } from '@modules/assignment/plan-overview';
import { IndicatorTotalShape, TimeStateCountsShape } from '@modules/assignment/http/figures.shapes';
import type { TimeStateCounts } from '@modules/assignment/assignment.policy';
import type { IndicatorTotal } from '@modules/assignment/indicator-totals';
import { INDICATOR_KINDS, type IndicatorKind } from '@modules/plan/plan.definition';
import type { Remark } from '../review.projection';
import type { UnitScore } from '../review.scoring';

// The JSON shapes of reviews and overviews, for the OpenAPI document the UI's types come from.

export class RemarkShape implements Remark {
  @ApiProperty() text: string;
  @ApiProperty({ description: 'Who wrote it' }) by: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

class TaskTally {
  @ApiProperty() lead: number;
  @ApiProperty() done: number;
  @ApiProperty() onTime: number;
}

class ReportTally {
  @ApiProperty() due: number;
  @ApiProperty() onTime: number;
  @ApiProperty() late: number;
  @ApiProperty() missing: number;
}

class IndicatorResult {
  @ApiProperty() code: string;
  @ApiProperty({ example: '≥ 80 %' }) target: string;
  @ApiProperty({ type: String, nullable: true }) value: string | null;
  @ApiProperty() met: boolean;
}

export class UnitScoreShape implements UnitScore {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty() rank: number;
  @ApiProperty() score: number;
  @ApiProperty({ type: TaskTally }) tasks: TaskTally;
  @ApiProperty({ type: ReportTally }) reports: ReportTally;
  @ApiProperty({ type: [IndicatorResult] }) indicators: IndicatorResult[];
  @ApiProperty() initiatives: number;
  @ApiProperty({ type: [String], description: 'The figures behind the score, in Vietnamese' })
  reasons: string[];
}

class TasksByStatus {
  @ApiProperty() not_started: number;
  @ApiProperty() in_progress: number;
  @ApiProperty() done: number;
  @ApiProperty({ description: 'Not done after the due day' }) overdue: number;
}

class ReportsByTimeliness implements Record<Timeliness, number> {
  @ApiProperty() on_time: number;
  @ApiProperty() late: number;
  @ApiProperty() overdue: number;
  @ApiProperty() pending: number;
  @ApiProperty({ description: 'Days late, all reports added up' }) daysLate: number;
}

class UnitOverviewShape implements UnitOverview {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: TasksByStatus }) tasks: TasksByStatus;
  @ApiProperty({ type: TimeStateCountsShape, description: 'Lead tasks by time-state' })
  deadlines: TimeStateCounts;
  @ApiProperty({ type: ReportsByTimeliness }) reports: ReportsByTimeliness;
}

class UnitFigure {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: '17/20 = 85,00 %' }) text: string;
  @ApiProperty({ type: Number, nullable: true }) percent: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) met: boolean | null;
  @ApiProperty({ example: '2026-Q3' }) period: string;
}

class IndicatorOverviewShape implements IndicatorOverview {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind: IndicatorKind;
  @ApiProperty({ example: '≥ 80 %' }) target: string;
  @ApiProperty({ type: Number, nullable: true }) targetPercent: number | null;
  @ApiProperty({ type: IndicatorTotalShape, nullable: true }) total: IndicatorTotal | null;
  @ApiProperty({ type: Number, nullable: true }) percent: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) met: boolean | null;
  @ApiProperty({ type: [UnitFigure] }) units: UnitFigure[];
}

export class PlanOverviewReply implements PlanOverview {
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: TimeStateCountsShape, description: 'Every lead task by time-state' })
  deadlines: TimeStateCounts;
  @ApiProperty({ type: [UnitOverviewShape] }) units: UnitOverviewShape[];
  @ApiProperty({ type: [IndicatorOverviewShape] }) indicators: IndicatorOverviewShape[];
}
