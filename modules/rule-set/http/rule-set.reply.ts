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
}

export class RuleSetListReply {
  @ApiProperty({ type: RuleSetReply, description: 'The national default the published versions override' })
  default: RuleSetReply;
  @ApiProperty({ type: [RuleSetView] }) published: RuleSetView[];
}
