import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DecisionRegisterEvent } from './decision-register.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

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
