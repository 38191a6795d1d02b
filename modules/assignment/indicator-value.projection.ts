import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { AssignmentEvent } from './assignment.decider';
import type { IndicatorMeasure } from './assignment.indicators';
import { INDICATOR_KINDS, type IndicatorKind } from '@modules/plan/plan.definition';
import type { Projection, StoredEvent } from '@platform/event-store';

/** The latest value of one indicator for one unit and period. */
@Entity({ name: 'indicator_values' })
@Index(['planId', 'period'])
export class IndicatorValueView {
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @ApiColumn({ name: 'indicator_code', type: 'text' })
  indicatorCode: string;

  @ApiColumn({ type: 'text' })
  period: string;

  @ApiColumn({ type: 'text' }, { enum: INDICATOR_KINDS })
  kind: IndicatorKind;

  /** The ratio the kind has (see IndicatorMeasure); null for counts and amounts, and untargeted breakdowns. */
  @ApiColumn({ type: 'integer', nullable: true })
  numerator: number | null;

  @ApiColumn({ type: 'integer', nullable: true })
  denominator: number | null;

  @ApiColumn({ type: 'double precision', nullable: true })
  percent: number | null;

  /** A count or an amount. */
  @ApiColumn({ type: 'double precision', nullable: true })
  value: number | null;

  /** What else the kind holds: yes/no, a checklist's rows, a breakdown's total and parts. */
  @ApiColumn({ type: 'jsonb', nullable: true }, { type: 'object', additionalProperties: true })
  detail: Pick<IndicatorMeasure, 'yes' | 'rows' | 'total' | 'parts'> | null;

  /** Against the target; null when the indicator sets none. */
  @ApiColumn({ type: 'boolean', nullable: true })
  met: boolean | null;

  @ApiColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

type Recorded = StoredEvent & Extract<AssignmentEvent, { type: 'IndicatorValueRecorded' }>;

export const indicatorValueProjection: Projection<IndicatorValueView> = {
  name: 'indicator_values',
  entity: IndicatorValueView,
  keysOf(event) {
    if (event.type !== 'IndicatorValueRecorded') return [];
    const { planId, unitCode, indicatorCode, period } = (event as Recorded).data;
    return [`${planId}/${unitCode}/${indicatorCode}/${period}`];
  },
  evolve(_row, stored, key) {
    const { data } = stored as Recorded;
    return Object.assign(new IndicatorValueView(), {
      id: key,
      planId: data.planId,
      unitCode: data.unitCode,
      indicatorCode: data.indicatorCode,
      period: data.period,
      kind: data.kind ?? 'ratio',
      numerator: data.numerator ?? null,
      denominator: data.denominator ?? null,
      percent: data.percent ?? null,
      value: data.value ?? null,
      detail: detailOf(data),
      met: data.met,
      recordedAt: new Date(stored.recordedAt),
    });
  },
};

/** What a measure holds beyond its numbers, as stored; null when nothing. */
export function detailOf(m: IndicatorMeasure): IndicatorValueView['detail'] {
  const detail = { yes: m.yes, rows: m.rows, total: m.total, parts: m.parts };
  return Object.values(detail).some((v) => v !== undefined) ? JSON.parse(JSON.stringify(detail)) : null;
}

/** A stored value as the measure it was recorded as. */
export const measureOf = (
  v: Pick<
    IndicatorValueView,
    'indicatorCode' | 'kind' | 'numerator' | 'denominator' | 'percent' | 'value' | 'detail' | 'met'
  >,
): IndicatorMeasure => ({
  indicatorCode: v.indicatorCode,
  kind: v.kind,
  ...(v.numerator === null
    ? {}
    : { numerator: v.numerator, denominator: v.denominator!, percent: v.percent! }),
  ...(v.value === null ? {} : { value: v.value }),
  ...(v.detail ?? {}),
  met: v.met,
});
