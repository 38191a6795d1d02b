import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { DomainError } from '@kernel';
import type { Page } from '@platform/http/page';
import { AlertView } from './alert.projection';
import { ReportDocumentView } from './report-document.projection';
import { ReportRequestView } from './report-request.projection';
import { ReportSubmissionView } from './report-submission.projection';
import { timeliness, type UnitTimeliness } from './reporting.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads of report requests, the submissions that answer them, and units' alerts. */
@Injectable()
export class ReportingQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async request(requestId: string): Promise<ReportRequestView> {
    const request = await this.db.getRepository(ReportRequestView).findOneBy({ id: requestId });
    if (!request) throw new DomainError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo', { field: 'id' });
    return request;
  }

  /** The documents issued in answer to a request: what the requester receives. */
  answers(requestId: string): Promise<ReportDocumentView[]> {
    return this.db
      .getRepository(ReportDocumentView)
      .find({ where: { requestId, status: 'issued' }, order: { issuedOn: 'ASC' } });
  }

  /** Documents drafted and awaiting signature, of these organisations (all when undefined). */
  drafts(organisations: string[] | undefined): Promise<ReportDocumentView[]> {
    return this.db.getRepository(ReportDocumentView).find({
      where: { status: 'draft', ...(organisations ? { organisationCode: In(organisations) } : {}) },
      order: { updatedAt: 'ASC' },
    });
  }

  /** A plan's requests (all, or those addressed to one unit), by due date. */
  async requests(
    where: { planId?: string; addressedTo?: string },
    limit: number,
    offset: number,
  ): Promise<Page<ReportRequestView>> {
    const query = this.db
      .getRepository(ReportRequestView)
      .createQueryBuilder('r')
      .orderBy('r.due_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(limit)
      .skip(offset);
    if (where.planId) query.andWhere('r.plan_id = :planId', { planId: where.planId });
    if (where.addressedTo)
      query.andWhere('r.units @> CAST(:unit AS jsonb)', { unit: JSON.stringify([where.addressedTo]) });
    const [items, total] = await query.getManyAndCount();
    return { items, total, limit, offset };
  }

  /** A plan's request named by its id, its period key (2026-Q1) or its document number. */
  async requestFor(planId: string, period: string): Promise<ReportRequestView> {
    const repo = this.db.getRepository(ReportRequestView);
    const found = UUID.test(period)
      ? await repo.findOneBy({ planId, id: period })
      : ((await repo.findOneBy({ planId, periodKey: period })) ??
        (await repo.findOneBy({ planId, number: period })));
    if (!found)
      throw new DomainError('NOT_FOUND', `Kế hoạch chưa có kỳ báo cáo “${period}”`, { field: 'period' });
    return found;
  }

  planRequests(planId: string): Promise<ReportRequestView[]> {
    return this.db.getRepository(ReportRequestView).find({ where: { planId }, order: { dueAt: 'ASC' } });
  }

  /** Where each asked unit stands, at `now`, on every request of the plan due within the span. */
  async timelinessDueBetween(
    planId: string,
    span: { from: string; to: string },
    now: Date,
  ): Promise<Array<UnitTimeliness & { requestId: string }>> {
    const [requests, submissions] = await Promise.all([
      this.db.getRepository(ReportRequestView).findBy({ planId, dueOn: Between(span.from, span.to) }),
      this.db.getRepository(ReportSubmissionView).findBy({ planId }),
    ]);
    return requests.flatMap((r) =>
      timeliness(
        r,
        submissions.filter((s) => s.requestId === r.id),
        now,
      ).map((t) => ({ ...t, requestId: r.id })),
    );
  }

  submissions(where: FindOptionsWhere<ReportSubmissionView>): Promise<ReportSubmissionView[]> {
    return this.db.getRepository(ReportSubmissionView).find({ where, order: { unitCode: 'ASC' } });
  }

  submission(requestId: string, unitCode: string): Promise<ReportSubmissionView> {
    return this.db.getRepository(ReportSubmissionView).findOneByOrFail({ requestId, unitCode });
  }

  /** Requests addressed to a unit that it has not answered yet. */
  async unansweredBy(unitCode: string): Promise<ReportRequestView[]> {
    const [requests, submissions] = await Promise.all([
      this.db
        .getRepository(ReportRequestView)
        .createQueryBuilder('r')
        .where('r.units @> CAST(:unit AS jsonb)', { unit: JSON.stringify([unitCode]) })
        .getMany(),
      this.db.getRepository(ReportSubmissionView).findBy({ unitCode }),
    ]);
    const answered = new Set(submissions.map((s) => s.requestId));
    return requests.filter((r) => !answered.has(r.id));
  }

  async alerts(unitCode: string, limit: number, offset: number): Promise<Page<AlertView>> {
    const [items, total] = await this.db.getRepository(AlertView).findAndCount({
      where: { unitCode },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }
}
