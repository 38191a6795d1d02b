import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AssignmentEvent } from './assignment.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

/** The latest value of one indicator for one unit and period. */
@Entity({ name: 'indicator_values' })
@Index(['planId', 'period'])
export class IndicatorValueView {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'indicator_code', type: 'text' })
  indicatorCode: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'integer' })
  numerator: number;

  @Column({ type: 'integer' })
  denominator: number;

  @Column({ type: 'double precision' })
  percent: number;

  @Column({ type: 'boolean' })
  met: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
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
