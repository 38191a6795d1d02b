import { Injectable } from '@nestjs/common';
import type { Actor } from '@kernel';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import { ruleSetKey, type PublishedRuleSet } from '../rule-set.decider';
import { ruleSetProjection, type RuleSetView } from '../rule-set.projection';
import { RuleSetQuery } from '../rule-set.query';
import { ruleSetRoute } from '../rule-set.route';

@Injectable()
export class RuleSetsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: RuleSetQuery,
  ) {}

  async publish(ruleSet: PublishedRuleSet, actor: Actor): Promise<RuleSetView> {
    const result = await this.gateway.send(ruleSetRoute, 'rule-sets', {
      type: 'PublishRuleSet',
      data: ruleSet,
      actor,
    });
    return rowsOf<RuleSetView>(result, ruleSetProjection)[0] ?? this.query.version(ruleSetKey(ruleSet));
  }
}
