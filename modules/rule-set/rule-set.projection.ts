import { Entity } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import type { PublishedRuleSet, RuleSetEvent } from './rule-set.decider';

/** Every published rule-set version. */
@Entity({ name: 'rule_sets' })
export class RuleSetView {
  /** `<jurisdiction>/<effective from>`. */
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ type: 'text' })
  jurisdiction: string;

  @ApiColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @ApiColumn({ type: 'jsonb' })
  data: PublishedRuleSet;

  @ApiColumn({ name: 'published_at', type: 'timestamptz' })
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
