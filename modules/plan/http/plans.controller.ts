import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, IsIn } from 'class-validator';
import type { Actor } from '@kernel';
import { PlanPage, PlanReply } from './plan.reply';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { PlanDto } from './plan.dto';
import { PlansService } from './plans.service';
import { PlanVocabulary } from './vocabulary';

const uuid = uuidParam('id');

class PlanListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Words of the number, title or issuer', example: '863' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: ['above'],
    description: "above: the higher levels' plans that give the caller's organisation tasks",
  })
  @IsOptional()
  @IsIn(['above'])
  from?: 'above';
}

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @ApiOkResponse({ type: PlanReply })
  @Roles('owner', 'admin')
  draft(@Body() body: PlanDto, @CurrentActor() actor: Actor): Promise<PlanReply> {
    return this.plans.draft(body, actor);
  }

  @Put(':id')
  @ApiOkResponse({ type: PlanReply })
  @Roles('owner', 'admin')
  revise(
    @Param('id', uuid) id: string,
    @Body() body: PlanDto,
    @CurrentActor() actor: Actor,
  ): Promise<PlanReply> {
    return this.plans.revise(id, body, actor);
  }

  @Post(':id/launch')
  @ApiOkResponse({ type: PlanReply })
  @HttpCode(200)
  @Roles('owner', 'admin')
  launch(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<PlanReply> {
    return this.plans.launch(id, actor);
  }

  @Get()
  @ApiOkResponse({ type: PlanPage })
  list(@Query() query: PlanListQuery, @CurrentActor() actor: Actor): Promise<Page<PlanReply>> {
    return this.plans.list(query.limit, query.offset, actor, query.q, query.from);
  }

  /** Declared before `:id`, which it would otherwise match. */
  @Get('vocabulary')
  @ApiOkResponse({ type: PlanVocabulary })
  vocabulary(): Promise<PlanVocabulary> {
    return this.plans.vocabulary();
  }

  @Get(':id')
  @ApiOkResponse({ type: PlanReply })
  get(@Param('id', uuid) id: string): Promise<PlanReply> {
    return this.plans.get(id);
  }
}
