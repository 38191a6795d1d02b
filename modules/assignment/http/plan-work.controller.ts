import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, Matches } from 'class-validator';
import type { DataSource } from 'typeorm';
import { DomainError, type Actor } from '@kernel';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import { AssignmentView } from '../assignment.projection';
import { IndicatorValueView } from '../indicator-value.projection';
import { InitiativeView } from '../initiative.projection';
import { nameUuid } from '@platform/ids';
import { InitiativeDto } from './initiative.dto';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { actorUnit, OVERSEERS, readsAll, UNIT_MEMBERS } from '@platform/http/access';
import { AssignmentsService, type TaskReply } from './assignments.service';
import { IndicatorValueDto } from './work.dto';

const uuid = uuidParam('id');

export class AssignmentQuery extends PageQuery {
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
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get('tasks')
  @Roles(...OVERSEERS)
  tasks(@Param('id', uuid) planId: string, @Query() page: PageQuery): Promise<Page<TaskReply>> {
    return this.assignments.planTasks(planId, page.limit, page.offset);
  }

  /** Every (task, unit) pair the launch issued, optionally for one unit. */
  @Get('assignments')
  @Roles(...OVERSEERS)
  list(@Param('id', uuid) planId: string, @Query() query: AssignmentQuery): Promise<Page<AssignmentView>> {
    return this.assignments.list(
      { planId, ...(query.unit ? { unitCode: query.unit } : {}) },
      query.limit,
      query.offset,
    );
  }

  @Post('indicator-values')
  @Roles(...UNIT_MEMBERS)
  async recordValue(
    @Param('id', uuid) planId: string,
    @Body() body: IndicatorValueDto,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorValueView> {
    const unitCode = actorUnit(actor);
    const assigned = await this.db.getRepository(AssignmentView).existsBy({ planId, unitCode });
    if (!assigned)
      throw new DomainError('FORBIDDEN', `Đơn vị ${unitCode} không tham gia kế hoạch này`, { field: 'id' });
    await this.assignments.send(planId, unitCode, { type: 'RecordIndicatorValue', data: body, actor });
    return this.db.getRepository(IndicatorValueView).findOneByOrFail({
      id: `${planId}/${unitCode}/${body.indicatorCode}/${body.period}`,
    });
  }

  /** An initiative credited to the caller's unit; reviews count the recognised ones. */
  @Post('initiatives')
  @Roles(...UNIT_MEMBERS)
  async initiative(
    @Param('id', uuid) planId: string,
    @Body() body: InitiativeDto,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeView> {
    const unitCode = actorUnit(actor);
    const assigned = await this.db.getRepository(AssignmentView).existsBy({ planId, unitCode });
    if (!assigned)
      throw new DomainError('FORBIDDEN', `Đơn vị ${unitCode} không tham gia kế hoạch này`, { field: 'id' });
    const initiativeId = nameUuid('initiative', planId, unitCode, body.title.trim().toLowerCase());
    await this.assignments.send(planId, unitCode, {
      type: 'RecordInitiative',
      data: { initiativeId, ...body },
      actor,
    });
    return this.db.getRepository(InitiativeView).findOneByOrFail({ id: initiativeId });
  }

  @Get('initiatives')
  initiatives(@Param('id', uuid) planId: string): Promise<InitiativeView[]> {
    return this.db.getRepository(InitiativeView).find({ where: { planId }, order: { recognizedOn: 'ASC' } });
  }

  @Get('indicator-values')
  async values(
    @Param('id', uuid) planId: string,
    @Query() query: PeriodQuery,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorValueView[]> {
    const mine = readsAll(actor) ? {} : { unitCode: actorUnit(actor) };
    return this.db.getRepository(IndicatorValueView).find({
      where: { planId, ...mine, ...(query.period ? { period: query.period } : {}) },
      order: { period: 'ASC', unitCode: 'ASC', indicatorCode: 'ASC' },
    });
  }
}
