import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DecisionRegisterEvent, PublishedRuleSet, RuleSetEvent, UnitEvent } from '../../../domain/src';
import type { Projection, StoredEvent } from '../../../event-store/src';

/** Decision numbers as the register assigned them. */
@Entity({ name: 'decision_numbers' })
@Index(['issuer', 'year', 'seq'], { unique: true })
export class DecisionNumberView {
  /** The nomination the number was given to. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  number: string;
}

export const decisionNumberProjection: Projection<DecisionNumberView> = {
  name: 'decision_numbers',
  entity: DecisionNumberView,
  keysOf: (event) =>
    event.type === 'DecisionNumberAssigned' ? [(event.data as { nominationId: string }).nominationId] : [],
  evolve(_row, stored) {
    const { data } = stored as StoredEvent & DecisionRegisterEvent;
    return Object.assign(new DecisionNumberView(), {
      id: data.nominationId,
      issuer: data.issuer,
      year: data.year,
      seq: data.seq,
      number: data.number,
    });
  },
};

@Entity({ name: 'restrictions' })
@Index(['unitCode', 'active'])
export class RestrictionView {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'person_name', type: 'text', nullable: true })
  personName: string | null;

  @Column({ type: 'text' })
  kind: 'discipline' | 'inspection' | 'complaint';

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;
}

type RestrictionEvent = StoredEvent &
  Extract<UnitEvent, { type: 'RestrictionRecorded' | 'RestrictionLifted' }>;

export const restrictionProjection: Projection<RestrictionView> = {
  name: 'restrictions',
  entity: RestrictionView,
  keysOf: (event) =>
    event.type === 'RestrictionRecorded' || event.type === 'RestrictionLifted'
      ? [(event.data as { restrictionId: string }).restrictionId]
      : [],
  evolve(row, stored) {
    const event = stored as RestrictionEvent;
    if (event.type === 'RestrictionLifted')
      return Object.assign(new RestrictionView(), row, {
        active: false,
        liftedAt: new Date(stored.recordedAt),
      });
    const r = event.data;
    return Object.assign(new RestrictionView(), {
      id: r.restrictionId,
      unitCode: r.unitCode,
      personName: r.personName ?? null,
      kind: r.kind,
      reason: r.reason,
      active: true,
      recordedAt: new Date(stored.recordedAt),
      liftedAt: null,
    });
  },
};

@Entity({ name: 'rule_sets' })
export class RuleSetView {
  /** `<jurisdiction>/<effective from>`. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  jurisdiction: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'jsonb' })
  data: PublishedRuleSet;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}

export const ruleSetProjection: Projection<RuleSetView> = {
  name: 'rule_sets',
  entity: RuleSetView,
  keysOf: (event) => {
    if (event.type !== 'RuleSetPublished') return [];
    const data = event.data as PublishedRuleSet;
    return [`${data.jurisdiction}/${data.effectiveFrom}`];
  },
  evolve(_row, stored, key) {
    const { data } = stored as StoredEvent & RuleSetEvent;
    return Object.assign(new RuleSetView(), {
      id: key,
      jurisdiction: data.jurisdiction,
      effectiveFrom: data.effectiveFrom,
      data,
      publishedAt: new Date(stored.recordedAt),
    });
  },
};
