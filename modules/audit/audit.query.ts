import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { DomainError } from '@kernel';
import { projections } from '@modules/projections';
import {
  createCheckpoint,
  exportPlanHistory,
  planEventsAsOf,
  planHistory,
  projectInMemory,
  verifyStore,
  type Checkpoint,
  type HistoryEntry,
  type VerifyReport,
} from '@platform/event-store';
import type { Page } from '@platform/http/page';

/** What auditors read of the store: histories, views as of a time, integrity, refused attempts. */
@Injectable()
export class AuditQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  verify(): Promise<VerifyReport> {
    return verifyStore(this.db);
  }

  async checkpoint() {
    const { heads: _heads, ...checkpoint } = await createCheckpoint(this.db);
    return checkpoint;
  }

  checkpoints(): Promise<Array<Omit<Checkpoint, 'heads'>>> {
    return this.db.query(
      `SELECT id::int, created_at AS "createdAt", streams, events::int, prev_hash AS "prevHash", hash FROM checkpoints ORDER BY id DESC LIMIT 100`,
    );
  }

  history(
    planId: string,
    page: { after: number; limit: number },
  ): Promise<{ items: HistoryEntry[]; next: number | null }> {
    return planHistory(this.db, planId, page);
  }

  export(planId: string, format: 'jsonl' | 'csv', out: Writable): Promise<number> {
    return exportPlanHistory(this.db, planId, format, out);
  }

  /** The plan as it stood at an instant: the same evolve functions over the events recorded by then. */
  async stateAsOf(planId: string, asOf: Date) {
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

  /**
   * Refused writes, newest first; `within`: the organisations whose accounts' attempts the reader
   * sees (absent: all, for the installation's admin; anonymous attempts are only theirs).
   */
  async attempts(limit: number, offset: number, within?: string[]): Promise<Page<Record<string, unknown>>> {
    const where = within ? `WHERE organisation_code = ANY($1)` : `WHERE $1::text[] IS NULL`;
    const [items, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT id::int, at, username, role, unit_code AS "unitCode", method, route, status, code, message, details,
                body_sha256 AS "bodySha256"
         FROM attempts ${where} ORDER BY id DESC LIMIT $2 OFFSET $3`,
        [within ?? null, limit, offset],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM attempts ${where}`, [within ?? null]),
    ]);
    return { items, total, limit, offset };
  }
}
