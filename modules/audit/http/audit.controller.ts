import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  createCheckpoint,
  exportPlanHistory,
  planEventsAsOf,
  planHistory,
  projectInMemory,
  verifyStore,
  type HistoryEntry,
  type VerifyReport,
} from '@platform/event-store';
import { projections } from '@modules/projections';
import { DomainError } from '@kernel';
import { ReadOnly, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { PlansService } from '@modules/plan/http/plans.service';

const uuid = uuidParam('id');

export class HistoryQuery {
  @ApiPropertyOptional({ default: 0, description: 'Position after which to continue (keyset paging)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after = 0;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
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
    private readonly plans: PlansService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Walks every chain and checkpoint; answers the first breaks with their stream, position and kind. */
  @Post('verify')
  @HttpCode(200)
  @ReadOnly()
  verify(): Promise<VerifyReport> {
    return verifyStore(this.db);
  }

  /** Records every stream's head, chained to the last checkpoint; publish its hash to anchor the past. */
  @Post('checkpoints')
  @Roles('admin')
  async checkpoint() {
    const { heads: _heads, ...checkpoint } = await createCheckpoint(this.db);
    return checkpoint;
  }

  @Get('checkpoints')
  checkpoints(): Promise<unknown[]> {
    return this.db.query(
      `SELECT id::int, created_at AS "createdAt", streams, events::int, prev_hash AS "prevHash", hash FROM checkpoints ORDER BY id DESC LIMIT 100`,
    );
  }

  /** Every event of every stream of the plan, in recording order, with actor, role and unit. */
  @Get('plans/:id/events')
  async events(
    @Param('id', uuid) planId: string,
    @Query() query: HistoryQuery,
  ): Promise<{ items: HistoryEntry[]; next: number | null }> {
    await this.plans.get(planId);
    return planHistory(this.db, planId, query);
  }

  /** The whole history as JSON Lines or CSV, streamed in constant memory. */
  @Get('plans/:id/events/export')
  async export(
    @Param('id', uuid) planId: string,
    @Query() query: ExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const plan = await this.plans.get(planId);
    const name = `lich-su-${plan.number.replace(/[^\w-]+/g, '-')}.${query.format}`;
    res.setHeader(
      'content-type',
      query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    );
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    await exportPlanHistory(this.db, planId, query.format, res);
    res.end();
  }

  /** The plan as it stood at an instant: the same evolve functions over the events recorded by then. */
  @Get('plans/:id/state')
  async state(@Param('id', uuid) planId: string, @Query() query: AsOfQuery) {
    await this.plans.get(planId);
    const asOf = new Date(query.asOf);
    const events = await planEventsAsOf(this.db, planId, asOf);
    if (events.length === 0)
      throw new DomainError('NOT_FOUND', 'Kế hoạch chưa tồn tại vào thời điểm này', { field: 'asOf' });
    const tables = projectInMemory(projections, events);
    const rows = (name: string) => [...(tables.get(name)?.values() ?? [])];
    return {
      asOf: asOf.toISOString(),
      eventsApplied: events.length,
      lastEvent: {
        position: events.at(-1)!.position,
        type: events.at(-1)!.type,
        recordedAt: events.at(-1)!.recordedAt,
      },
      plan: rows('plans')[0] ?? null,
      tasks: rows('assignments'),
      reportRequests: rows('report_requests'),
      submissions: rows('report_submissions'),
      indicatorValues: rows('indicator_values'),
      evidence: rows('evidence'),
      initiatives: rows('initiatives'),
      reviews: rows('reviews'),
      nominations: rows('nominations'),
      alerts: rows('alerts'),
    };
  }

  /** Refused writes, newest first: wrong role, vote after close, double vote, bad input… */
  @Get('attempts')
  async attempts(@Query() page: PageQuery): Promise<Page<Record<string, unknown>>> {
    const [items, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT id::int, at, username, role, unit_code AS "unitCode", method, route, status, code, message, details,
                body_sha256 AS "bodySha256"
         FROM attempts ORDER BY id DESC LIMIT $1 OFFSET $2`,
        [page.limit, page.offset],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM attempts`),
    ]);
    return { items, total, limit: page.limit, offset: page.offset };
  }
}
