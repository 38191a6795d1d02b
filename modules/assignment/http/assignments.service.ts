import { Injectable } from '@nestjs/common';
import { DomainError, type Actor } from '@kernel';
import { evidenceIdFor, figureEvidenceIdFor, nameUuid } from '@platform/ids';
import { actorUnit, isOverseer, readsAll } from '@platform/http/access';
import type { Page } from '@platform/http/page';
import { BlobStore, type Upload } from '@platform/http/uploads';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import type { CommandResult } from '@platform/workflow/contracts';
import {
  TASK_STATUS_LABELS,
  type AssignmentCommand,
  type IndicatorValueInput,
  type Initiative,
} from '../assignment.decider';
import { ASSIGNMENT_ROLE_LABELS } from '../assignment.labels';
import { dueOf, judgeTask, TIME_STATE_LABELS } from '../assignment.policy';
import { assignmentProjection, type AssignmentView } from '../assignment.projection';
import { AssignmentQuery } from '../assignment.query';
import { assignmentRoute } from '../assignment.route';
import { evidenceProjection, type EvidenceView } from '../evidence.projection';
import { PlanQuery } from '@modules/plan/plan.query';
import { civilDateAt } from '@kernel';
import type { MyTask, TaskReply } from './assignment.reply';
import { indicatorValueProjection, type IndicatorValueView } from '../indicator-value.projection';
import { initiativeProjection, type InitiativeView } from '../initiative.projection';

/**
 * A unit's work in a plan: sends its commands to the unit's assignment workflow and answers
 * from what the update returns; reads come through the AssignmentQuery.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: AssignmentQuery,
    private readonly blobs: BlobStore,
    private readonly plans: PlanQuery,
  ) {}

  send(planId: string, unitCode: string, command: AssignmentCommand): Promise<CommandResult> {
    return this.gateway.send(assignmentRoute, { planId, unitCode }, command);
  }

  /** The lead unit sets the task's status and result. */
  progress(
    taskId: string,
    progress: { status: AssignmentView['status']; result: string; on?: string },
    actor: Actor,
  ): Promise<TaskReply> {
    return this.onOwnTask(taskId, actor, (own) => ({
      type: 'RecordProgress',
      data: { taskCode: own.taskCode, ...progress },
      actor,
    }));
  }

  /** A coordinating unit adds what it contributed. */
  contribute(taskId: string, text: string, actor: Actor): Promise<TaskReply> {
    return this.onOwnTask(taskId, actor, (own) => ({
      type: 'AddContribution',
      data: { taskCode: own.taskCode, text },
      actor,
    }));
  }

  async attach(taskId: string, file: Upload | undefined, actor: Actor): Promise<EvidenceView> {
    const own = ownRow(await this.query.taskRows(taskId), actor);
    const stored = await this.blobs.store(file);
    const evidenceId = evidenceIdFor(taskId, own.unitCode, stored.sha256);
    const result = await this.send(own.planId, own.unitCode, {
      type: 'AttachEvidence',
      data: { taskCode: own.taskCode, evidence: { evidenceId, ...stored } },
      actor,
    });
    return rowsOf<EvidenceView>(result, evidenceProjection)[0] ?? this.query.evidence(evidenceId);
  }

  async attachToFigure(
    planId: string,
    indicatorCode: string,
    period: string,
    file: Upload | undefined,
    actor: Actor,
  ): Promise<EvidenceView> {
    const unitCode = await this.takingPart(planId, actor);
    const stored = await this.blobs.store(file);
    const evidenceId = figureEvidenceIdFor(planId, unitCode, indicatorCode, period, stored.sha256);
    const result = await this.send(planId, unitCode, {
      type: 'AttachFigureEvidence',
      data: { indicatorCode, period, evidence: { evidenceId, ...stored } },
      actor,
    });
    return rowsOf<EvidenceView>(result, evidenceProjection)[0] ?? this.query.evidence(evidenceId);
  }

  async recordValue(
    planId: string,
    value: IndicatorValueInput & { period: string },
    actor: Actor,
  ): Promise<IndicatorValueView> {
    const unitCode = await this.takingPart(planId, actor);
    const result = await this.send(planId, unitCode, { type: 'RecordIndicatorValue', data: value, actor });
    return (
      rowsOf<IndicatorValueView>(result, indicatorValueProjection)[0] ??
      this.query.indicatorValue(`${planId}/${unitCode}/${value.indicatorCode}/${value.period}`)
    );
  }

  async recordInitiative(
    planId: string,
    initiative: Omit<Initiative, 'initiativeId'>,
    actor: Actor,
  ): Promise<InitiativeView> {
    const unitCode = await this.takingPart(planId, actor);
    const initiativeId = nameUuid('initiative', planId, unitCode, initiative.title.trim().toLowerCase());
    const result = await this.send(planId, unitCode, {
      type: 'RecordInitiative',
      data: { initiativeId, ...initiative },
      actor,
    });
    return rowsOf<InitiativeView>(result, initiativeProjection)[0] ?? this.query.initiative(initiativeId);
  }

  async task(taskId: string, actor: Actor): Promise<TaskReply> {
    const rows = await this.query.taskRows(taskId);
    if (!isOverseer(actor) && !rows.some((r) => r.unitCode === actor.unitCode))
      throw new DomainError('FORBIDDEN', 'Chỉ đơn vị được giao và cơ quan theo dõi xem được nhiệm vụ này');
    return toTask(rows);
  }

  async evidenceOf(taskId: string, actor: Actor): Promise<EvidenceView[]> {
    await this.task(taskId, actor);
    return this.query.evidenceOf(taskId);
  }

  async evidenceContent(
    evidenceId: string,
    actor: Actor,
  ): Promise<{ evidence: EvidenceView; content: Buffer }> {
    const evidence = await this.query.evidence(evidenceId);
    if (evidence.taskId) await this.task(evidence.taskId, actor);
    // A figure's evidence is its unit's, and theirs who read every unit's figures.
    else if (!readsAll(actor) && actor.unitCode !== evidence.unitCode)
      throw new DomainError('FORBIDDEN', 'Minh chứng này thuộc số liệu của đơn vị khác');
    return { evidence, content: await this.blobs.read(evidence.sha256) };
  }

  async planTasks(planId: string, limit: number, offset: number): Promise<Page<TaskReply>> {
    const byTask = new Map<string, AssignmentView[]>();
    for (const row of await this.query.planRows(planId))
      byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row]);
    const tasks = [...byTask.values()].map(toTask);
    return { items: tasks.slice(offset, offset + limit), total: tasks.length, limit, offset };
  }

  list(
    where: { planId?: string; unitCode?: string },
    limit: number,
    offset: number,
  ): Promise<Page<AssignmentView>> {
    return this.query.page(where, limit, offset);
  }

  /** The caller's unit's tasks, each with its plan and how far it stands from its deadline. */
  async mine(actor: Actor, limit: number, offset: number): Promise<Page<MyTask>> {
    const page = await this.query.page({ unitCode: actorUnit(actor) }, limit, offset);
    const planIds = [...new Set(page.items.map((t) => t.planId))];
    const plans = new Map(
      await Promise.all(planIds.map(async (id) => [id, await this.plans.plan(id)] as const)),
    );
    const today = civilDateAt(new Date());
    const items = page.items.map((task): MyTask => {
      // A yearly task done last year is not done for this year's deadline: judged by its time-state.
      const judged = judgeTask(task, today);
      const done = task.role === 'lead' ? judged.state.startsWith('done') : task.status === 'done';
      const status = done ? 'done' : task.status === 'done' ? 'in_progress' : task.status;
      const due = dueOf(status, judged.dueOn, today);
      const plan = plans.get(task.planId)!;
      return Object.assign(task, {
        statusLabel: TASK_STATUS_LABELS[task.status],
        roleLabel: ASSIGNMENT_ROLE_LABELS[task.role],
        dueState: due.state,
        daysLeft: due.daysLeft,
        dueLabel: due.label,
        planNumber: plan.number,
        planTitle: plan.title,
      });
    });
    return { ...page, items };
  }

  /**
   * A command on the caller's own part of a task. The task's rows are read once, before: they
   * route the command and authorise it; the answer takes the unit's own row from the update's
   * result, so nothing is read back after the write.
   */
  private async onOwnTask(
    taskId: string,
    actor: Actor,
    command: (own: AssignmentView) => AssignmentCommand,
  ): Promise<TaskReply> {
    const rows = await this.query.taskRows(taskId);
    const own = ownRow(rows, actor);
    const result = await this.send(own.planId, own.unitCode, command(own));
    const [updated] = rowsOf<AssignmentView>(result, assignmentProjection);
    return toTask(rows.map((row) => (updated && row.id === updated.id ? updated : row)));
  }

  private async takingPart(planId: string, actor: Actor): Promise<string> {
    const unitCode = actorUnit(actor);
    if (!(await this.query.takesPart(planId, unitCode)))
      throw new DomainError('FORBIDDEN', `Đơn vị ${unitCode} không tham gia kế hoạch này`, { field: 'id' });
    return unitCode;
  }
}

/** The actor's own part of a task: 403 when the task is another unit's. */
function ownRow(rows: AssignmentView[], actor: Actor): AssignmentView {
  const unit = actorUnit(actor);
  const own = rows.find((r) => r.unitCode === unit);
  if (!own)
    throw new DomainError('FORBIDDEN', `Đơn vị ${unit} không được giao nhiệm vụ ${rows[0].taskCode}`, {
      field: 'id',
    });
  return own;
}

function toTask(rows: AssignmentView[]): TaskReply {
  const lead = rows.find((r) => r.role === 'lead') ?? rows[0];
  const judged = judgeTask(lead, civilDateAt(new Date()));
  const timeState = judged.state;
  return {
    taskId: lead.taskId,
    planId: lead.planId,
    code: lead.taskCode,
    groupCode: lead.groupCode,
    groupTitle: lead.groupTitle,
    seq: lead.seq,
    title: lead.title,
    leadUnit: lead.leadUnit,
    coordinatingUnits: lead.coordinatingUnits,
    coordinatingGroups: lead.coordinatingGroups,
    dueOn: lead.dueOn,
    currentDueOn: judged.dueOn,
    recurringYearly: !!lead.recurringUntil,
    status: lead.status,
    statusLabel: TASK_STATUS_LABELS[lead.status],
    startedOn: lead.startedOn,
    doneOn: lead.doneOn,
    // Rows from an update's result carry instants as strings.
    doneRecordedOn: lead.doneAt ? civilDateAt(new Date(lead.doneAt)) : null,
    timeState,
    timeStateLabel: TIME_STATE_LABELS[timeState],
    result: lead.result,
    evidenceCount: rows.reduce((n, r) => n + r.evidenceCount, 0),
    contributions: rows
      .filter((r) => r.role === 'coordinating')
      .map((r) => ({ unitCode: r.unitCode, status: r.status, text: r.result, updatedAt: r.updatedAt })),
  };
}
