import { Body, Controller, Get, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DomainError, type Actor } from '@kernel';
import { IsPeriodKey } from '@platform/http/validators';
import { uploadOptions, type Upload } from '@platform/http/uploads';
import { EvidenceView } from '../evidence.projection';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import type { AssignmentView } from '../assignment.projection';
import { AssignmentQuery } from '../assignment.query';
import { IndicatorValueView } from '../indicator-value.projection';
import { InitiativeView } from '../initiative.projection';
import { InitiativeDto } from './initiative.dto';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { codeParam, uuidParam } from '@platform/http/uuid-param';
import { actorUnit, OVERSEERS, readsAll, UNIT_MEMBERS } from '@platform/http/access';
import { TaskPage, type TaskReply } from './assignment.reply';
import { AssignmentsService } from './assignments.service';
import { IndicatorValueDto } from './work.dto';

const uuid = uuidParam('id');
const code = codeParam('code');

export class AssignmentsPageQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'TTVH' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN)
  unit?: string;
}

export class PeriodQuery {
  @ApiPropertyOptional({
    example: '2026-Q1',
    description: 'A period key (YYYY, YYYY-MM, YYYY-Qn, YYYY-H1, …)',
  })
  @IsOptional()
  @IsPeriodKey()
  period?: string;
}

export class FigureEvidenceDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file: unknown;
  @ApiProperty({ example: '2026-H1', description: 'The period of the figure it backs' })
  @IsPeriodKey()
  period: string;
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

  /** The evidence behind a unit's figure: a file attached to its value of an indicator for a period. */
  @Post('indicators/:code/evidence')
  @Roles(...UNIT_MEMBERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FigureEvidenceDto })
  @ApiOkResponse({ type: EvidenceView })
  @UseInterceptors(FileInterceptor('file', uploadOptions))
  attachToFigure(
    @Param('id', uuid) planId: string,
    @Param('code', code) indicatorCode: string,
    @Body() body: PeriodQuery,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceView> {
    if (!body.period)
      throw new DomainError('VALIDATION_FAILED', 'Thiếu kỳ của số liệu (trường “period”)', {
        field: 'period',
      });
    return this.assignments.attachToFigure(planId, indicatorCode, body.period, file, actor);
  }

  /** The evidence behind an indicator's figures (a unit sees its own). */
  @Get('indicators/:code/evidence')
  @ApiOkResponse({ type: [EvidenceView] })
  figureEvidence(
    @Param('id', uuid) planId: string,
    @Param('code', code) indicatorCode: string,
    @Query() query: PeriodQuery,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceView[]> {
    const mine = readsAll(actor) ? {} : { unitCode: actorUnit(actor) };
    return this.query.figureEvidence({
      planId,
      indicatorCode,
      ...mine,
      ...(query.period ? { period: query.period } : {}),
    });
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
