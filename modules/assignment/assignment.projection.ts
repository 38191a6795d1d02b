import { ApiProperty } from '@nestjs/swagger';
import { Entity, Index } from 'typeorm';
import { civilDateAt } from '@kernel';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type {
  AssignmentEvent,
  AssignmentRole,
  CoordinatingGroupSize,
  TaskStatus,
} from './assignment.decider';
import { deadlineOf } from './assignment.policy';
import type { Projection, StoredEvent } from '@platform/event-store';

export const assignmentKey = (planId: string, unitCode: string, taskCode: string): string =>
  `${planId}/${unitCode}/${taskCode}`;

export class CoordinatingGroupSizeShape implements CoordinatingGroupSize {
  @ApiProperty({ example: 'các xã, phường' }) label: string;
  @ApiProperty({ description: 'how many units the group held when the plan was launched' }) units: number;
}

/** One task as one unit holds it: the lead's row carries the task's result, a coordinator's its contribution. */
@Entity({ name: 'assignments' })
@Index(['planId', 'seq'])
@Index(['unitCode', 'planId'])
@Index(['taskId'])
export class AssignmentView {
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ApiColumn({ name: 'task_code', type: 'text' })
  taskCode: string;

  @ApiColumn({ name: 'group_code', type: 'text' })
  groupCode: string;

  @ApiColumn({ name: 'group_title', type: 'text' })
  groupTitle: string;

  @ApiColumn({ type: 'integer' })
  seq: number;

  @ApiColumn({ type: 'text' })
  title: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @ApiColumn({ type: 'text' })
  role: AssignmentRole;

  @ApiColumn({ name: 'lead_unit', type: 'text' })
  leadUnit: string;

  @ApiColumn({ name: 'coordinating_units', type: 'jsonb' }, { type: [String] })
  coordinatingUnits: string[];

  @ApiColumn({ name: 'coordinating_groups', type: 'jsonb' }, { type: () => [CoordinatingGroupSizeShape] })
  coordinatingGroups: CoordinatingGroupSize[];

  @ApiColumn({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @ApiColumn({ type: 'text' })
  status: TaskStatus;

  /** The task's result (lead) or the unit's contribution (coordinator). */
  @ApiColumn({ type: 'text' })
  result: string;

  /** When the lead recorded the task done (it may have been done days before: see doneOn). */
  @ApiColumn({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** The day the task was started, as recorded by the lead or by a coordinator's contribution. */
  @ApiColumn({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  /** The day the task was done: "done on time" is judged on it, not on when it was typed. */
  @ApiColumn({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  /** Every day it was done, in order: a yearly task is done once a year. */
  @ApiColumn({ type: 'jsonb' }, { type: [String] })
  completions: string[];

  /** A yearly task falls due on `dueOn`'s day every year until this day (the plan's end). */
  @ApiColumn({ name: 'recurring_until', type: 'date', nullable: true })
  recurringUntil: string | null;

  @ApiColumn({ name: 'evidence_count', type: 'integer' })
  evidenceCount: number;

  @ApiColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @ApiColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

const TOUCHING = new Set(['TaskAssigned', 'TaskProgressRecorded', 'ContributionAdded', 'EvidenceAttached']);

export const assignmentProjection: Projection<AssignmentView> = {
  name: 'assignments',
  entity: AssignmentView,
  keysOf(stored) {
    if (!TOUCHING.has(stored.type)) return [];
    const data = stored.data as {
      planId: string;
      unitCode: string;
      taskCode?: string;
      task?: { code: string };
    };
    return [assignmentKey(data.planId, data.unitCode, data.taskCode ?? data.task?.code ?? '')];
  },
  // A task's assignment sets every column of its row.
  creates: (stored) => stored.type === 'TaskAssigned',
  evolve(row, stored, key) {
    const event = stored as StoredEvent & AssignmentEvent;
    const next = Object.assign(new AssignmentView(), row, { updatedAt: new Date(stored.recordedAt) });
    switch (event.type) {
      case 'TaskAssigned': {
        const { planId, unitCode, task } = event.data;
        return Object.assign(next, {
          id: key,
          planId,
          taskId: task.taskId,
          taskCode: task.code,
          groupCode: task.groupCode,
          groupTitle: task.groupTitle,
          seq: task.seq,
          title: task.title,
          unitCode,
          role: task.role,
          leadUnit: task.leadUnit,
          coordinatingUnits: task.coordinatingUnits,
          coordinatingGroups: task.coordinatingGroups ?? [],
          dueOn: task.dueOn ?? null,
          status: 'not_started',
          result: '',
          evidenceCount: 0,
          doneAt: null,
          startedOn: null,
          doneOn: null,
          completions: [],
          recurringUntil: task.recurringUntil ?? null,
          assignedAt: new Date(stored.recordedAt),
        });
      }
      case 'TaskProgressRecorded': {
        const { status, result } = event.data;
        const on = event.data.on ?? civilDateAt(new Date(stored.recordedAt));
        const completions = completed(next, status, on, event.data.on !== undefined);
        return Object.assign(next, {
          status,
          result,
          startedOn: status === 'not_started' ? null : minDate(next.startedOn, on),
          completions,
          doneOn: status === 'done' ? (completions.at(-1) ?? on) : null,
          doneAt: status === 'done' ? (next.doneAt ?? new Date(stored.recordedAt)) : null,
        });
      }
      case 'ContributionAdded':
        return Object.assign(next, {
          status: next.status === 'not_started' ? 'in_progress' : next.status,
          startedOn: next.startedOn ?? civilDateAt(new Date(stored.recordedAt)),
          result: event.data.text,
        });
      case 'EvidenceAttached':
        return Object.assign(next, { evidenceCount: (next.evidenceCount ?? 0) + 1 });
      default:
        return next;
    }
  },
};

const minDate = (a: string | null, b: string): string => (a !== null && a < b ? a : b);

/**
 * The days a task was done, after a progress record on `on`: done anew adds the day (once a
 * year for a yearly task); done again within the same deadline with a day given corrects it;
 * reopened takes the last one back. `given`: the record names its day (older ones do not).
 */
function completed(row: AssignmentView, status: TaskStatus, on: string, given: boolean): string[] {
  const days = row.completions ?? (row.doneOn ? [row.doneOn] : []);
  if (status !== 'done') return row.status === 'done' ? days.slice(0, -1) : days;
  if (row.status !== 'done') return [...days, on].sort();
  const last = days.at(-1);
  if (!given || last === undefined) return last === undefined ? [on] : days;
  const sameDeadline = deadlineOf(row, last) === deadlineOf(row, on);
  return (sameDeadline ? [...days.slice(0, -1), on] : [...days, on]).sort();
}
