import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { AssignmentEvent } from './assignment.decider';
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

  @ApiColumn({ type: 'integer' })
  numerator: number;

  @ApiColumn({ type: 'integer' })
  denominator: number;

  @ApiColumn({ type: 'double precision' })
  percent: number;

  @ApiColumn({ type: 'boolean' })
  met: boolean;

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
      numerator: data.numerator,
      denominator: data.denominator,
      percent: data.percent,
      met: data.met,
      recordedAt: new Date(stored.recordedAt),
    });
  },
};
