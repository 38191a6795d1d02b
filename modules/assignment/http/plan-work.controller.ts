import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Actor } from '@kernel';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import type { AssignmentView } from '../assignment.projection';
import { AssignmentQuery } from '../assignment.query';
import { IndicatorValueView } from '../indicator-value.projection';
import { InitiativeView } from '../initiative.projection';
import { InitiativeDto } from './initiative.dto';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { actorUnit, OVERSEERS, readsAll, UNIT_MEMBERS } from '@platform/http/access';
import { TaskPage, type TaskReply } from './assignment.reply';
import { AssignmentsService } from './assignments.service';
import { IndicatorValueDto } from './work.dto';

const uuid = uuidParam('id');

export class AssignmentsPageQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'TTVH' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN)
  unit?: string;
}

export class PeriodQuery {
  @ApiPropertyOptional({ example: '2026-Q1' }) @IsOptional() @Matches(/^\d{4}(-Q[1-4])?$/) period?: string;
}

/** A plan's tasks as a whole, for those who oversee it; and indicator values reported by units. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('plans/:id')
export class PlanWorkController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly query: AssignmentQuery,
  ) {}

  @Get('tasks')
  @Roles(...OVERSEERS)
  @ApiOkResponse({ type: TaskPage })
  tasks(@Param('id', uuid) planId: string, @Query() page: PageQuery): Promise<Page<TaskReply>> {
    return this.assignments.planTasks(planId, page.limit, page.offset);
  }

  /** Every (task, unit) pair the launch issued, optionally for one unit. */
  @Get('assignments')
  @Roles(...OVERSEERS)
  list(
    @Param('id', uuid) planId: string,
    @Query() query: AssignmentsPageQuery,
  ): Promise<Page<AssignmentView>> {
    return this.assignments.list(
      { planId, ...(query.unit ? { unitCode: query.unit } : {}) },
      query.limit,
      query.offset,
    );
  }

  @Post('indicator-values')
  @ApiOkResponse({ type: IndicatorValueView })
  @Roles(...UNIT_MEMBERS)
  recordValue(
    @Param('id', uuid) planId: string,
    @Body() body: IndicatorValueDto,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorValueView> {
    return this.assignments.recordValue(planId, body, actor);
  }

  /** An initiative credited to the caller's unit; reviews count the recognised ones. */
  @Post('initiatives')
  @ApiOkResponse({ type: InitiativeView })
  @Roles(...UNIT_MEMBERS)
  initiative(
    @Param('id', uuid) planId: string,
    @Body() body: InitiativeDto,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeView> {
    return this.assignments.recordInitiative(planId, body, actor);
  }

  @Get('initiatives')
  @ApiOkResponse({ type: [InitiativeView] })
  initiatives(@Param('id', uuid) planId: string): Promise<InitiativeView[]> {
    return this.query.initiatives(planId);
  }

  @Get('indicator-values')
  @ApiOkResponse({ type: [IndicatorValueView] })
  values(
    @Param('id', uuid) planId: string,
    @Query() query: PeriodQuery,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorValueView[]> {
    const mine = readsAll(actor) ? {} : { unitCode: actorUnit(actor) };
    return this.query.indicatorValues({ planId, ...mine, ...(query.period ? { period: query.period } : {}) });
  }
}
