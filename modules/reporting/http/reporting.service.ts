import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { planCommandUpdate, planWorkflowId, type PlanWorkflowInput } from '@modules/plan/plan.route';
import { requestIdFor } from '@platform/ids';
import { civilDateAt, DomainError, endOfDay, isCivilDate, type Actor } from '@kernel';
import { AssignmentView } from '@modules/assignment/assignment.projection';
import { ReportRequestView } from '../report-request.projection';
import { ReportSubmissionView } from '../report-submission.projection';
import type { Page } from '@platform/http/page';
import { PlansService } from '@modules/plan/http/plans.service';
import { TemporalService } from '@platform/temporal/temporal.service';
import { actorUnit, readsAll } from '@platform/http/access';
import { AssignmentsService } from '@modules/assignment/http/assignments.service';
import type { ReportRequestDto, SubmissionDto } from './reporting.dto';
import { timeliness, type UnitTimeliness } from './timeliness';

export type RequestReply = ReportRequestView & { timeliness: UnitTimeliness[] };

@Injectable()
export class ReportingService {
  constructor(
    private readonly temporal: TemporalService,
    private readonly plans: PlansService,
    private readonly assignments: AssignmentsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** An ad-hoc request (e.g. a công văn asking for results by a date); its number identifies it. */
  async issue(planId: string, dto: ReportRequestDto, actor: Actor): Promise<RequestReply> {
    await this.plans.get(planId);
    const { dueDate, ...rest } = dto;
    const dueAt = isCivilDate(dueDate) ? endOfDay(dueDate) : new Date(dueDate);
    const requestId = requestIdFor(planId, dto.number);
    const input: PlanWorkflowInput = { planId };
    await this.temporal.updateWithStart('planWorkflow', planWorkflowId(planId), [input], planCommandUpdate, {
      type: 'IssueReportRequest',
      data: {
        ...rest,
        requestId,
        dueAt: dueAt.toISOString(),
        dueOn: civilDateAt(new Date(dueAt.getTime() - 1)),
      },
      actor,
    });
    return this.get(requestId, actor);
  }

  async list(planId: string, actor: Actor, limit: number, offset: number): Promise<Page<ReportRequestView>> {
    const query = this.db
      .getRepository(ReportRequestView)
      .createQueryBuilder('r')
      .where('r.plan_id = :planId', { planId })
      .orderBy('r.due_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(limit)
      .skip(offset);
    // Units see only the requests addressed to them.
    if (!readsAll(actor))
      query.andWhere('r.units @> CAST(:unit AS jsonb)', { unit: JSON.stringify([actorUnit(actor)]) });
    const [items, total] = await query.getManyAndCount();
    return { items, total, limit, offset };
  }

  async forUnit(actor: Actor, limit: number, offset: number): Promise<Page<ReportRequestView>> {
    const [items, total] = await this.db
      .getRepository(ReportRequestView)
      .createQueryBuilder('r')
      .where('r.units @> CAST(:unit AS jsonb)', { unit: JSON.stringify([actorUnit(actor)]) })
      .orderBy('r.due_at', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { items, total, limit, offset };
  }

  async get(requestId: string, actor: Actor): Promise<RequestReply> {
    const request = await this.request(requestId);
    if (!readsAll(actor) && !request.units.includes(actorUnit(actor)))
      throw new DomainError('FORBIDDEN', 'Yêu cầu báo cáo này không gửi tới đơn vị của bạn');
    const submissions = await this.db.getRepository(ReportSubmissionView).findBy({ requestId });
    const visible = readsAll(actor) ? undefined : actor.unitCode;
    const units = timeliness(request, submissions, new Date()).filter(
      (t) => !visible || t.unitCode === visible,
    );
    return { ...request, timeliness: units };
  }

  async submit(requestId: string, dto: SubmissionDto, actor: Actor): Promise<ReportSubmissionView> {
    const unitCode = actorUnit(actor);
    const request = await this.request(requestId);
    if (!request.units.includes(unitCode))
      throw new DomainError('FORBIDDEN', `Đơn vị ${unitCode} không thuộc danh sách được yêu cầu báo cáo`, {
        field: 'id',
      });
    const assigned = await this.db
      .getRepository(AssignmentView)
      .existsBy({ planId: request.planId, unitCode });
    if (!assigned) throw new DomainError('FORBIDDEN', `Đơn vị ${unitCode} không tham gia kế hoạch này`);
    await this.assignments.send(request.planId, unitCode, {
      type: 'SubmitReport',
      data: {
        request: {
          requestId,
          dueAt: request.dueAt.toISOString(),
          units: request.units,
          period: request.periodKey ?? request.dueOn.slice(0, 4),
        },
        ...dto,
      },
      actor,
    });
    return this.db.getRepository(ReportSubmissionView).findOneByOrFail({ requestId, unitCode });
  }

  async submissions(requestId: string, actor: Actor): Promise<ReportSubmissionView[]> {
    await this.get(requestId, actor);
    return this.db.getRepository(ReportSubmissionView).find({
      where: { requestId, ...(readsAll(actor) ? {} : { unitCode: actor.unitCode }) },
      order: { unitCode: 'ASC' },
    });
  }

  private async request(requestId: string): Promise<ReportRequestView> {
    const request = await this.db.getRepository(ReportRequestView).findOneBy({ id: requestId });
    if (!request) throw new DomainError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo', { field: 'id' });
    return request;
  }
}
