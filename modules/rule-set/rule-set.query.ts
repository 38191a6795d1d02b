import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ruleSetFor, type RewardRuleSet } from './rule-set.policy';
import { RuleSetView } from './rule-set.projection';

/** Reads of the published rule-set versions, and the rules in force they make. */
@Injectable()
export class RuleSetQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  all(): Promise<RuleSetView[]> {
    return this.db.getRepository(RuleSetView).find({ order: { jurisdiction: 'ASC', effectiveFrom: 'ASC' } });
  }

  version(id: string): Promise<RuleSetView> {
    return this.db.getRepository(RuleSetView).findOneByOrFail({ id });
  }

  /** The rules in force for a jurisdiction on a date: published versions over the national default. */
  async inForce(jurisdiction: string, on: string): Promise<RewardRuleSet> {
    const published = await this.db.getRepository(RuleSetView).findBy({ jurisdiction });
    return ruleSetFor(
      published.map((r) => r.data),
      jurisdiction,
      on,
    );
  }
}
