import { Entity, Index } from 'typeorm';
import { formatVietnamese } from '@kernel';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { PlanEvent } from '@modules/plan/plan.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

export const ALERT_KINDS = {
  ReminderRecorded: 'reminder',
  ReportsOverdue: 'overdue',
  StandingAgencyAlerted: 'escalation',
  TaskReminderRecorded: 'task_reminder',
  TasksOverdue: 'task_overdue',
} as const;
export type AlertKind = (typeof ALERT_KINDS)[keyof typeof ALERT_KINDS];

type AlertEvent = StoredEvent & Extract<PlanEvent, { type: keyof typeof ALERT_KINDS }>;

/** A unit's inbox: reminders before a deadline, overdue notices after it, escalations to the standing agency. */
@Entity({ name: 'alerts' })
@Index(['unitCode', 'createdAt'])
@Index(['planId'])
export class AlertView {
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @ApiColumn({ type: 'text' })
  kind: AlertKind;

  /** The request a report alert is about; null for task alerts. */
  @ApiColumn({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  /** For task alerts: the tasks concerned (the unit's own, or all of them for the standing agency). */
  @ApiColumn({ name: 'task_codes', type: 'jsonb' }, { type: [String] })
  taskCodes: string[];

  @ApiColumn({ type: 'text' })
  message: string;

  /** For escalations: the units that had not submitted. */
  @ApiColumn({ type: 'jsonb' }, { type: [String] })
  units: string[];

  @ApiColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ApiColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

function recipients(event: AlertEvent): string[] {
  switch (event.type) {
    case 'StandingAgencyAlerted':
      return [event.data.standingUnit];
    case 'TaskReminderRecorded':
      return [...new Set(event.data.tasks.map((t) => t.unitCode))];
    case 'TasksOverdue':
      return [...new Set([...event.data.tasks.map((t) => t.unitCode), event.data.standingUnit])];
    default:
      return event.data.units;
  }
}

/** A task alert as its recipient reads it: its own tasks, or every late unit's for the standing agency. */
function taskAlert(event: AlertEvent, unit: string): Pick<AlertView, 'message' | 'units' | 'taskCodes'> {
  if (event.type !== 'TaskReminderRecorded' && event.type !== 'TasksOverdue')
    return { message: event.data.message, units: [], taskCodes: [] };
  const own = event.data.tasks.filter((t) => t.unitCode === unit);
  const due = formatVietnamese(event.data.dueOn);
  if (own.length === 0) {
    const units = [...new Set(event.data.tasks.map((t) => t.unitCode))];
    return {
      message: event.data.message,
      units,
      taskCodes: [...new Set(event.data.tasks.map((t) => t.taskCode))],
    };
  }
  const codes = own.map((t) => t.taskCode);
  const tasks = `nhiệm vụ ${codes.join(', ')} (Kế hoạch số ${event.data.planNumber}) do đơn vị chủ trì`;
  const message =
    event.type === 'TaskReminderRecorded'
      ? `Nhắc hạn: ${tasks} hết hạn cuối ngày ${due}`
      : `Quá hạn: ${tasks} đã hết hạn ngày ${due} mà chưa hoàn thành`;
  return { message, units: [], taskCodes: codes };
}

export const alertProjection: Projection<AlertView> = {
  name: 'alerts',
  entity: AlertView,
  keysOf(stored) {
    if (!(stored.type in ALERT_KINDS)) return [];
    return recipients(stored as AlertEvent).map((unit) => `${stored.eventId}/${unit}`);
  },
  evolve(_row, stored, key) {
    const event = stored as AlertEvent;
    return Object.assign(new AlertView(), {
      id: key,
      planId: event.data.planId,
      unitCode: key.slice(key.indexOf('/') + 1),
      kind: ALERT_KINDS[event.type],
      requestId: 'requestId' in event.data ? event.data.requestId : null,
      ...(event.type === 'StandingAgencyAlerted'
        ? { message: event.data.message, units: event.data.units, taskCodes: [] }
        : taskAlert(event, key.slice(key.indexOf('/') + 1))),
      eventId: stored.eventId,
      createdAt: new Date(stored.recordedAt),
    });
  },
};
