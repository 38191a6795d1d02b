import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { DecisionRegisterEvent } from './decision-register.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

/** Decision numbers as the register assigned them. */
@Entity({ name: 'decision_numbers' })
@Index(['register', 'year', 'seq'], { unique: true })
export class DecisionNumberView {
  /** The nomination the number was given to. */
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ type: 'text' })
  issuer: string;

  /** Whose register: the organisation's code, or (before organisations) the issuer's name. */
  @ApiColumn({ type: 'text' })
  register: string;

  @ApiColumn({ type: 'integer' })
  year: number;

  @ApiColumn({ type: 'integer' })
  seq: number;

  @ApiColumn({ type: 'text' })
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
      register: data.register ?? data.issuer,
      year: data.year,
      seq: data.seq,
      number: data.number,
    });
  },
};
