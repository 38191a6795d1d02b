import { Injectable } from '@nestjs/common';
import { civilDateAt, customPeriod, DomainError, endOfDay, isCivilDate, periodOf, type Actor } from '@kernel';
import { AssignmentQuery } from '@modules/assignment/assignment.query';
import { assignmentRoute } from '@modules/assignment/assignment.route';
import { PlanQuery } from '@modules/plan/plan.query';
import { planRoute } from '@modules/plan/plan.route';
import { requestIdFor } from '@platform/ids';
import { actorUnit, readsAll } from '@platform/http/access';
import type { Page } from '@platform/http/page';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import type { AlertView } from '../alert.projection';
import type { ReportRequestView } from '../report-request.projection';
import { reportSubmissionProjection, type ReportSubmissionView } from '../report-submission.projection';
import { timeliness } from '../reporting.policy';
import { ReportingQuery } from '../reporting.query';
import type { ReportRequestDto, SubmissionDto } from './reporting.dto';
import type { RequestReply } from './reporting.reply';

@Injectable()
export class ReportingService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: ReportingQuery,
    private readonly plans: PlanQuery,
    private readonly assignments: AssignmentQuery,
  ) {}

  /** An ad-hoc request (e.g. a công văn asking for results by a date); its number identifies it. */
  async issue(planId: string, dto: ReportRequestDto, actor: Actor): Promise<RequestReply> {
    const plan = await this.plans.plan(planId);
    const { dueDate, period: key, periodRegime, ...rest } = dto;
    const dueAt = isCivilDate(dueDate) ? endOfDay(dueDate) : new Date(dueDate);
    const requestId = requestIdFor(planId, dto.number);
    const regime = periodRegime ?? plan.definition.reporting.periods ?? 'cutoff';
    // Without a period, a request asks for everything from the plan's start to its own date.
    const { startsOn } = plan.definition;
    const { label, from, to } = key
      ? periodOf(key, regime)!
      : customPeriod(startsOn, dto.issuedOn < startsOn ? startsOn : dto.issuedOn);
    const period = { key: key ?? `${from}..${to}`, label, from, to };
    await this.gateway.send(planRoute, planId, {
      type: 'IssueReportRequest',
      data: {
        ...rest,
        period,
        requestId,
        dueAt: dueAt.toISOString(),
        dueOn: civilDateAt(new Date(dueAt.getTime() - 1)),
      },
      actor,
    });
    return this.get(requestId, actor);
  }

  list(planId: string, actor: Actor, limit: number, offset: number): Promise<Page<ReportRequestView>> {
    // Units see only the requests addressed to them.
    const addressedTo = readsAll(actor) ? undefined : actorUnit(actor);
    return this.query.requests({ planId, addressedTo }, limit, offset);
  }

  forUnit(actor: Actor, limit: number, offset: number): Promise<Page<ReportRequestView>> {
    return this.query.requests({ addressedTo: actorUnit(actor) }, limit, offset);
  }

  alerts(actor: Actor, limit: number, offset: number): Promise<Page<AlertView>> {
    return this.query.alerts(actorUnit(actor), limit, offset);
  }

  async get(requestId: string, actor: Actor): Promise<RequestReply> {
    const request = await this.query.request(requestId);
    if (!readsAll(actor) && !request.units.includes(actorUnit(actor)))
      throw new DomainError('FORBIDDEN', 'Yêu cầu báo cáo này không gửi tới đơn vị của bạn');
    const submissions = await this.query.submissions({ requestId });
    const visible = readsAll(actor) ? undefined : actor.unitCode;
    const units = timeliness(request, submissions, new Date()).filter(
      (t) => !visible || t.unitCode === visible,
    );
    return { ...request, timeliness: units, answers: await this.query.answers(requestId) };
  }

  /** The request travels with the submission: the unit's assignment decides whether it may answer. */
  async submit(requestId: string, dto: SubmissionDto, actor: Actor): Promise<ReportSubmissionView> {
    const unitCode = actorUnit(actor);
    const request = await this.query.request(requestId);
    if (!(await this.assignments.takesPart(request.planId, unitCode)))
      throw new DomainError('FORBIDDEN', `Đơn vị ${unitCode} không tham gia kế hoạch này`);
    const result = await this.gateway.send(
      assignmentRoute,
      { planId: request.planId, unitCode },
      {
        type: 'SubmitReport',
        data: {
          request: {
            requestId,
            dueAt: new Date(request.dueAt).toISOString(),
            units: request.units,
            period: request.periodKey ?? request.dueOn.slice(0, 4),
            sections: request.sections.map((section) => section.code),
          },
          ...dto,
        },
        actor,
      },
    );
    return (
      rowsOf<ReportSubmissionView>(result, reportSubmissionProjection)[0] ??
      this.query.submission(requestId, unitCode)
    );
  }

  async submissions(requestId: string, actor: Actor): Promise<ReportSubmissionView[]> {
    await this.get(requestId, actor);
    return this.query.submissions({ requestId, ...(readsAll(actor) ? {} : { unitCode: actor.unitCode }) });
  }
}
