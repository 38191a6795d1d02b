import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TIME_STATES, type TimeState, type TimeStateCounts } from '@modules/assignment/assignment.policy';
import {
  IndicatorDetailShape,
  IndicatorTotalShape,
  TimeStateCountsShape,
} from '@modules/assignment/http/figures.shapes';
import type { IndicatorTotal } from '@modules/assignment/indicator-totals';
import { INDICATOR_KINDS, type IndicatorKind } from '@modules/plan/plan.definition';
import type { ImplementationRow } from '../implementation.query';
import type {
  ConsolidatedReport,
  ConsolidatedTask,
  IndicatorRow,
  IndicatorSummary,
  NarrativeSection,
  TimelinessRow,
} from './consolidated';

class GroupDeadlines {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: TimeStateCountsShape }) counts: TimeStateCounts;
}

class UnitDeadlines {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: TimeStateCountsShape }) counts: TimeStateCounts;
}

class ReportDeadlines {
  @ApiProperty({ type: TimeStateCountsShape }) total: TimeStateCounts;
  @ApiProperty({ type: [GroupDeadlines] }) byGroup: GroupDeadlines[];
  @ApiProperty({ type: [UnitDeadlines] }) byUnit: UnitDeadlines[];
}

// The JSON shape of the consolidated report, for the OpenAPI document (the UI's preview reads it).

class ReportPlan {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty() issuer: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty() signer: string;
  @ApiProperty() standingUnit: string;
  @ApiProperty() standingUnitName: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
}

class ReportPeriod {
  @ApiProperty() requestId: string;
  @ApiProperty() kind: string;
  @ApiProperty({ type: String, nullable: true }) key: string | null;
  @ApiProperty() label: string;
  @ApiProperty({ type: String, nullable: true }) number: string | null;
  @ApiProperty() subject: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) from: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to: string | null;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ type: String, nullable: true }) sender: string | null;
}

class Contribution {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty() text: string;
}

class ReportTask implements ConsolidatedTask {
  @ApiProperty() stt: number;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() leadUnit: string;
  @ApiProperty() leadUnitName: string;
  @ApiProperty({ type: [String] }) coordinatingUnits: string[];
  @ApiProperty({ type: [String] }) coordinatingUnitNames: string[];
  @ApiProperty({ type: String, nullable: true }) status: string | null;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty() recurringYearly: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn: string | null;
  @ApiProperty({ enum: TIME_STATES }) timeState: TimeState;
  @ApiProperty({ example: 'Hoàn thành đúng hạn' }) timeStateLabel: string;
  @ApiProperty() result: string;
  @ApiProperty({ type: [Contribution] }) contributions: Contribution[];
}

class ReportGroup {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [ReportTask] }) tasks: ReportTask[];
}

class ReportIndicator implements IndicatorRow {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty() indicatorCode: string;
  @ApiProperty() indicatorName: string;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind: IndicatorKind;
  @ApiProperty({ example: '≥ 80 %' }) target: string;
  @ApiProperty() period: string;
  @ApiProperty({ example: '13/20 = 65,00 %' }) text: string;
  @ApiProperty({ type: Number, nullable: true }) numerator: number | null;
  @ApiProperty({ type: Number, nullable: true }) denominator: number | null;
  @ApiProperty({ type: Number, nullable: true }) percent: number | null;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
  @ApiProperty({ type: IndicatorDetailShape, nullable: true }) detail: IndicatorRow['detail'];
  @ApiProperty({ type: Boolean, nullable: true }) met: boolean | null;
  @ApiProperty({ description: 'Files attached as the evidence behind the figure' }) evidence: number;
}

class IndicatorItemShape {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

class GroupTotal {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: IndicatorTotalShape }) total: IndicatorTotal;
}

class ReportIndicatorSummary implements IndicatorSummary {
  @ApiProperty() indicatorCode: string;
  @ApiProperty() indicatorName: string;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind: IndicatorKind;
  @ApiProperty() target: string;
  @ApiProperty({ type: [IndicatorItemShape], description: 'A checklist’s criteria or a breakdown’s parts' })
  items: IndicatorItemShape[];
  @ApiProperty({ type: IndicatorTotalShape }) overall: IndicatorTotal;
  @ApiProperty({ type: [GroupTotal], description: 'By the units’ parent organisation' })
  byParent: GroupTotal[];
  @ApiProperty({ type: [GroupTotal], description: 'By the unit each belonged to before its last move' })
  byFormer: GroupTotal[];
}

class NarrativeEntry {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty() text: string;
}

class ReportNarrative implements NarrativeSection {
  @ApiProperty({ example: 'han_che' }) code: string;
  @ApiProperty({ example: 'Hạn chế, khó khăn' }) title: string;
  @ApiProperty({ type: [NarrativeEntry] }) entries: NarrativeEntry[];
}

class ReportTimeliness implements TimelinessRow {
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty() asked: number;
  @ApiProperty() onTime: number;
  @ApiProperty() late: number;
  @ApiProperty() daysLate: number;
  @ApiProperty() missing: number;
  @ApiProperty() pending: number;
  @ApiProperty() label: string;
}

class ImplementingPlan {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ enum: ['draft', 'launched'] }) status: string;
}

class ImplementationIndicator {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
  @ApiProperty() percent: number;
}

class ReportImplementation implements ImplementationRow {
  @ApiProperty() organisationCode: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: [String] }) tasks: string[];
  @ApiProperty() tasksDone: number;
  @ApiPropertyOptional({ type: ImplementingPlan, nullable: true }) plan: ImplementingPlan | null;
  @ApiProperty() planTasks: number;
  @ApiProperty() planTasksDone: number;
  @ApiProperty({ type: [ImplementationIndicator] }) indicators: ImplementationIndicator[];
}

export class ConsolidatedReply implements ConsolidatedReport {
  @ApiProperty({ type: ReportPlan }) plan: ReportPlan;
  @ApiProperty({ type: ReportPeriod, nullable: true }) period: ReportPeriod | null;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ format: 'date', description: 'Tasks’ time-states are judged as of this day' }) asOf: string;
  @ApiProperty({ type: ReportDeadlines }) deadlines: ReportDeadlines;
  @ApiProperty({ type: [ReportGroup] }) groups: ReportGroup[];
  @ApiProperty({ type: [ReportIndicator] }) indicators: ReportIndicator[];
  @ApiProperty({ type: [ReportIndicatorSummary] }) indicatorTotals: ReportIndicatorSummary[];
  @ApiProperty({ type: [ReportTimeliness] }) timeliness: ReportTimeliness[];
  @ApiProperty({ type: [ReportNarrative], description: 'For a request: each section, unit by unit' })
  narrative: ReportNarrative[];
  @ApiProperty({ type: [ReportImplementation], description: 'Lower levels carrying the plan out' })
  implementation: ReportImplementation[];
}
