import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ImplementationRow } from '../implementation.query';
import type { ConsolidatedReport, ConsolidatedTask, IndicatorRow, TimelinessRow } from './consolidated';

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
  @ApiProperty({ enum: ['>=', '>', '='] }) comparator: IndicatorRow['comparator'];
  @ApiProperty() targetPercent: number;
  @ApiProperty() target: string;
  @ApiProperty() period: string;
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
  @ApiProperty() percent: number;
  @ApiProperty() met: boolean;
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
  @ApiProperty({ type: [ReportGroup] }) groups: ReportGroup[];
  @ApiProperty({ type: [ReportIndicator] }) indicators: ReportIndicator[];
  @ApiProperty({ type: [ReportTimeliness] }) timeliness: ReportTimeliness[];
  @ApiProperty({ type: [ReportImplementation], description: 'Lower levels carrying the plan out' })
  implementation: ReportImplementation[];
}
