import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { AssignmentEvent } from '@modules/assignment/assignment.decider';
import { IndicatorDetailShape } from '@modules/assignment/http/figures.shapes';
import { INDICATOR_KINDS, type IndicatorKind } from '@modules/plan/plan.definition';
import type { Projection, StoredEvent } from '@platform/event-store';

type Submitted = Extract<AssignmentEvent, { type: 'ReportSubmitted' }>;

export const submissionKey = (requestId: string, unitCode: string): string => `${requestId}/${unitCode}`;

class TaskResultShape {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ example: 'I.1' }) taskCode: string;
  @ApiProperty({ enum: ['lead', 'coordinating'] }) role: string;
  @ApiPropertyOptional({ enum: ['not_started', 'in_progress', 'done'] }) status?: string;
  @ApiProperty() result: string;
}

class MeasureShape extends IndicatorDetailShape {
  @ApiProperty() indicatorCode: string;
  @ApiPropertyOptional({ enum: INDICATOR_KINDS, description: 'ratio when absent' }) kind?: IndicatorKind;
  @ApiProperty() period: string;
  @ApiPropertyOptional() numerator?: number;
  @ApiPropertyOptional() denominator?: number;
  @ApiPropertyOptional() percent?: number;
  @ApiPropertyOptional() value?: number;
  @ApiProperty({ type: Boolean, nullable: true }) met: boolean | null;
}

/** A unit's answer to a report request, with its timeliness. */
@Entity({ name: 'report_submissions' })
@Index(['requestId'])
@Index(['planId', 'unitCode'])
export class ReportSubmissionView {
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @ApiColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @ApiColumn({ name: 'submitted_by', type: 'text' })
  submittedBy: string;

  @ApiColumn({ name: 'days_late', type: 'integer' })
  daysLate: number;

  @ApiColumn({ type: 'boolean' })
  late: boolean;

  @ApiColumn({ name: 'report_date', type: 'date' })
  reportDate: string;

  @ApiColumn({ name: 'task_results', type: 'jsonb' }, { type: () => [TaskResultShape] })
  taskResults: Submitted['data']['taskResults'];

  @ApiColumn({ name: 'indicator_values', type: 'jsonb' }, { type: () => [MeasureShape] })
  indicatorValues: Submitted['data']['indicatorValues'];

  @ApiColumn({ type: 'text', nullable: true })
  note: string | null;

  /** The prose of the request's sections, by code. */
  @ApiColumn({ type: 'jsonb' }, { type: 'object', additionalProperties: { type: 'string' } })
  sections: Record<string, string>;
}

export const reportSubmissionProjection: Projection<ReportSubmissionView> = {
  name: 'report_submissions',
  entity: ReportSubmissionView,
  keysOf(stored) {
    if (stored.type !== 'ReportSubmitted') return [];
    const { requestId, unitCode } = (stored as StoredEvent & Submitted).data;
    return [submissionKey(requestId, unitCode)];
  },
  evolve(_row, stored, key) {
    const { data } = stored as StoredEvent & Submitted;
    return Object.assign(new ReportSubmissionView(), {
      id: key,
      requestId: data.requestId,
      planId: data.planId,
      unitCode: data.unitCode,
      submittedAt: new Date(data.submittedAt),
      submittedBy: stored.metadata.actor.username,
      daysLate: data.daysLate,
      late: data.daysLate > 0,
      reportDate: data.reportDate,
      taskResults: data.taskResults,
      indicatorValues: data.indicatorValues,
      note: data.note ?? null,
      sections: data.sections ?? {},
    });
  },
};
