import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { HistoryEntry, VerifyReport } from '@platform/event-store';
import type { Actor } from '@kernel';
import { CurrentActor, ReadOnly, Roles } from '@platform/http/auth.decorators';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { PlanQuery } from '@modules/plan/plan.query';
import { AuditQuery } from '../audit.query';
import { AttemptPage, CheckpointReply, HistoryPage, StateAsOfReply, VerifyReply } from './audit.reply';

const uuid = uuidParam('id');

export class HistoryQuery {
  @ApiPropertyOptional({
    type: Number,
    default: 0,
    description: 'Position after which to continue (keyset paging)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after = 0;

  @ApiPropertyOptional({ type: Number, default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;
}

export class ExportQuery {
  @ApiPropertyOptional({ enum: ['jsonl', 'csv'], default: 'jsonl' })
  @IsOptional()
  @IsIn(['jsonl', 'csv'])
  format: 'jsonl' | 'csv' = 'jsonl';
}

export class AsOfQuery {
  @ApiPropertyOptional({ example: '2026-11-23T04:00:00+07:00' }) @IsISO8601({ strict: true }) asOf: string;
}

/** What auditors read: every fact with who and when, views as of any time, and proof of integrity. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@Roles('auditor', 'admin')
export class AuditController {
  constructor(
    private readonly audit: AuditQuery,
    private readonly plans: PlanQuery,
    private readonly scope: OrganisationScope,
  ) {}

  /** Walks every chain and checkpoint; answers the first breaks with their stream, position and kind. */
  @Post('verify')
  @ApiOkResponse({ type: VerifyReply })
  @HttpCode(200)
  @ReadOnly()
  verify(): Promise<VerifyReport> {
    return this.audit.verify();
  }

  /** Records every stream's head, chained to the last checkpoint; publish its hash to anchor the past. */
  @Post('checkpoints')
  @ApiOkResponse({ type: CheckpointReply })
  @Roles('admin')
  checkpoint(): Promise<CheckpointReply> {
    return this.audit.checkpoint();
  }

  @Get('checkpoints')
  @ApiOkResponse({ type: [CheckpointReply] })
  checkpoints(): Promise<CheckpointReply[]> {
    return this.audit.checkpoints();
  }

  /** Every event of every stream of the plan, in recording order, with actor, role and unit. */
  @Get('plans/:id/events')
  @ApiOkResponse({ type: HistoryPage })
  async events(
    @Param('id', uuid) planId: string,
    @Query() query: HistoryQuery,
  ): Promise<{ items: HistoryEntry[]; next: number | null }> {
    await this.plans.plan(planId);
    return this.audit.history(planId, query);
  }

  /** The whole history as JSON Lines or CSV, streamed in constant memory. */
  @Get('plans/:id/events/export')
  async export(
    @Param('id', uuid) planId: string,
    @Query() query: ExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const plan = await this.plans.plan(planId);
    const name = `lich-su-${plan.number.replace(/[^\w-]+/g, '-')}.${query.format}`;
    res.setHeader(
      'content-type',
      query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    );
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    await this.audit.export(planId, query.format, res);
    res.end();
  }

  /** The plan as it stood at an instant: the same evolve functions over the events recorded by then. */
  @Get('plans/:id/state')
  @ApiOkResponse({ type: StateAsOfReply })
  async state(@Param('id', uuid) planId: string, @Query() query: AsOfQuery) {
    await this.plans.plan(planId);
    return this.audit.stateAsOf(planId, new Date(query.asOf));
  }

  /** Refused writes, newest first: wrong role, vote after close, double vote, bad input… */
  @Get('attempts')
  @ApiOkResponse({ type: AttemptPage })
  async attempts(
    @Query() page: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<Record<string, unknown>>> {
    return this.audit.attempts(page.limit, page.offset, await this.scope.readable(actor));
  }
}
