import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { civilDateAt, type Actor } from '@kernel';
import { DEFAULT_RULE_SET, type RewardRuleSet } from '../rule-set.policy';
import { RuleSetView } from '../rule-set.projection';
import { RuleSetListReply, RuleSetReply } from './rule-set.reply';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { IsCivilDate } from '@platform/http/validators';
import { RuleSetDto, toPublished } from './rule-set.dto';
import { RuleSetQuery } from '../rule-set.query';
import { RuleSetsService } from './rule-sets.service';

export class InForceQuery {
  @ApiPropertyOptional({ example: 'VN' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,40}$/)
  jurisdiction?: string;
  @ApiPropertyOptional({ example: '2027-06-30' }) @IsOptional() @IsCivilDate() on?: string;
}

@ApiTags('rule-sets')
@ApiBearerAuth()
@Controller('rule-sets')
export class RuleSetsController {
  constructor(
    private readonly rules: RuleSetsService,
    private readonly query: RuleSetQuery,
  ) {}

  /** Published versions, with the national default they override. */
  @Get()
  @ApiOkResponse({ type: RuleSetListReply })
  async list(): Promise<RuleSetListReply> {
    return { default: DEFAULT_RULE_SET, published: await this.query.all() };
  }

  /** The values in force for a jurisdiction on a date. */
  @Get('in-force')
  @ApiOkResponse({ type: RuleSetReply })
  inForce(@Query() query: InForceQuery): Promise<RewardRuleSet> {
    return this.query.inForce(query.jurisdiction ?? 'VN', query.on ?? civilDateAt(new Date()));
  }

  @Post()
  @ApiOkResponse({ type: RuleSetView })
  @Roles('admin')
  publish(@Body() body: RuleSetDto, @CurrentActor() actor: Actor): Promise<RuleSetView> {
    return this.rules.publish(toPublished(body), actor);
  }
}
