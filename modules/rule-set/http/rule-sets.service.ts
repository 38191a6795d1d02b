import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RULE_SETS_WORKFLOW_ID, ruleSetsUpdate, type RuleSetsWorkflowInput } from '../rule-set.route';
import { ruleSetFor, type RewardRuleSet } from '../rule-set.policy';
import { type Actor } from '@kernel';
import { type PublishedRuleSet } from '../rule-set.decider';
import { RuleSetView } from '../rule-set.projection';
import { TemporalService } from '@platform/temporal/temporal.service';

@Injectable()
export class RuleSetsService {
  constructor(
    private readonly temporal: TemporalService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async publish(ruleSet: PublishedRuleSet, actor: Actor): Promise<RuleSetView> {
    const input: RuleSetsWorkflowInput = {};
    await this.temporal.updateWithStart('ruleSetsWorkflow', RULE_SETS_WORKFLOW_ID, [input], ruleSetsUpdate, {
      type: 'PublishRuleSet',
      data: ruleSet,
      actor,
    });
    return this.db
      .getRepository(RuleSetView)
      .findOneByOrFail({ id: `${ruleSet.jurisdiction}/${ruleSet.effectiveFrom}` });
  }

  list(): Promise<RuleSetView[]> {
    return this.db.getRepository(RuleSetView).find({ order: { jurisdiction: 'ASC', effectiveFrom: 'ASC' } });
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
