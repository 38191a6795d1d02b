import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  assignmentCommandUpdate,
  assignmentWorkflowId,
  type AssignmentWorkflowInput,
} from '../assignment.route';
import { type CommandResult } from '@platform/workflow/contracts';
import { DomainError, type Actor } from '@kernel';
import { type AssignmentCommand } from '../assignment.decider';
import { AssignmentView } from '../assignment.projection';
import type { Page } from '@platform/http/page';
import { TemporalService } from '@platform/temporal/temporal.service';
import { actorUnit, isOverseer } from '@platform/http/access';

/** A task with every unit's part in it: the lead's result and the coordinators' contributions. */
export interface TaskReply {
  taskId: string;
  planId: string;
  code: string;
  groupCode: string;
  groupTitle: string;
  seq: number;
  title: string;
  leadUnit: string;
  coordinatingUnits: string[];
  dueOn: string | null;
  status: AssignmentView['status'];
  result: string;
  evidenceCount: number;
  contributions: Array<{ unitCode: string; status: AssignmentView['status']; text: string; updatedAt: Date }>;
}

/** Reads assignments and sends commands to the unit-in-plan workflows that own them. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly temporal: TemporalService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async send(planId: string, unitCode: string, command: AssignmentCommand): Promise<CommandResult> {
    const input: AssignmentWorkflowInput = { planId, unitCode };
    return this.temporal.updateWithStart(
      'assignmentWorkflow',
      assignmentWorkflowId(planId, unitCode),
      [input],
      assignmentCommandUpdate,
      command,
    );
  }

  /** The actor's own assignment for a task: 404 for an unknown task, 403 for another unit's. */
  async ownAssignment(taskId: string, actor: Actor): Promise<AssignmentView> {
    const unit = actorUnit(actor);
    const rows = await this.db.getRepository(AssignmentView).findBy({ taskId });
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ', { field: 'id' });
    const own = rows.find((r) => r.unitCode === unit);
    if (!own)
      throw new DomainError('FORBIDDEN', `Đơn vị ${unit} không được giao nhiệm vụ ${rows[0].taskCode}`, {
        field: 'id',
      });
    return own;
  }

  async task(taskId: string, actor: Actor): Promise<TaskReply> {
    const rows = await this.db.getRepository(AssignmentView).findBy({ taskId });
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ', { field: 'id' });
    if (!isOverseer(actor) && !rows.some((r) => r.unitCode === actor.unitCode))
      throw new DomainError('FORBIDDEN', 'Chỉ đơn vị được giao và cơ quan theo dõi xem được nhiệm vụ này');
    return toTask(rows);
  }

  async planTasks(planId: string, limit: number, offset: number): Promise<Page<TaskReply>> {
    const rows = await this.db.getRepository(AssignmentView).find({
      where: { planId },
      order: { seq: 'ASC', role: 'DESC', unitCode: 'ASC' },
    });
    const byTask = new Map<string, AssignmentView[]>();
    for (const row of rows) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row]);
    const tasks = [...byTask.values()].map(toTask);
    return { items: tasks.slice(offset, offset + limit), total: tasks.length, limit, offset };
  }

  async list(
    where: { planId?: string; unitCode?: string },
    limit: number,
    offset: number,
  ): Promise<Page<AssignmentView>> {
    const [items, total] = await this.db.getRepository(AssignmentView).findAndCount({
      where,
      order: { planId: 'ASC', seq: 'ASC', unitCode: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }
}

function toTask(rows: AssignmentView[]): TaskReply {
  const lead = rows.find((r) => r.role === 'lead') ?? rows[0];
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
    dueOn: lead.dueOn,
    status: lead.status,
    result: lead.result,
    evidenceCount: rows.reduce((n, r) => n + r.evidenceCount, 0),
    contributions: rows
      .filter((r) => r.role === 'coordinating')
      .map((r) => ({ unitCode: r.unitCode, status: r.status, text: r.result, updatedAt: r.updatedAt })),
  };
}
