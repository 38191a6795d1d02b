import { ApiProperty } from '@nestjs/swagger';
import { RuleSetView } from '../rule-set.projection';
import type { RewardRuleSet } from '../rule-set.policy';

const FREE = { type: 'object', additionalProperties: true } as const;

class CouncilRules {
  @ApiProperty({ description: 'Share of members present for a valid meeting' }) presentPercent: number;
  @ApiProperty({ description: 'Share of members taking part in a vote' }) participationPercent: number;
  @ApiProperty({ ...FREE, description: 'Per reward form: { percent, strict }' })
  thresholds: RewardRuleSet['council']['thresholds'];
}

class ScoringRules {
  @ApiProperty() tasks: number;
  @ApiProperty() reports: number;
  @ApiProperty() indicators: number;
  @ApiProperty() initiativeBonus: number;
  @ApiProperty() initiativeBonusMax: number;
}

/** A whole rule set: the values a jurisdiction applies from a date. */
export class RuleSetReply implements RewardRuleSet {
  @ApiProperty({ example: 'VN' }) jurisdiction: string;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty() name: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: CouncilRules }) council: CouncilRules;
  @ApiProperty(FREE) quotas: RewardRuleSet['quotas'];
  @ApiProperty(FREE) appraisal: RewardRuleSet['appraisal'];
  @ApiProperty() postingWorkingDays: number;
  @ApiProperty(FREE) authority: RewardRuleSet['authority'];
  @ApiProperty(FREE) dossier: RewardRuleSet['dossier'];
  @ApiProperty({ type: ScoringRules }) scoring: ScoringRules;
  @ApiProperty({
    ...FREE,
    description: 'Per form the yearly consideration proposes: its conditions and their source',
  })
  yearEnd: RewardRuleSet['yearEnd'];
  @ApiProperty({
    ...FREE,
    description: 'Coefficients per form and subject, rounding, base salaries with their dates',
  })
  money: RewardRuleSet['money'];
  @ApiProperty({ ...FREE, description: 'Units whose head awards their own staff (a company)' })
  selfAwarding: RewardRuleSet['selfAwarding'];
  @ApiProperty({ ...FREE, description: 'The text each group of values comes from' })
  sources: RewardRuleSet['sources'];
}

export class RuleSetListReply {
  @ApiProperty({ type: RuleSetReply, description: 'The national default the published versions override' })
  default: RuleSetReply;
  @ApiProperty({ type: [RuleSetView] }) published: RuleSetView[];
}
