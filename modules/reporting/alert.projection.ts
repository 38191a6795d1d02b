import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { PlanEvent } from '@modules/plan/plan.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

export const ALERT_KINDS = {
  ReminderRecorded: 'reminder',
  ReportsOverdue: 'overdue',
  StandingAgencyAlerted: 'escalation',
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

  @ApiColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

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

const recipients = (event: AlertEvent): string[] =>
  event.type === 'StandingAgencyAlerted' ? [event.data.standingUnit] : event.data.units;

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
      requestId: event.data.requestId,
      message: event.data.message,
      units: event.type === 'StandingAgencyAlerted' ? event.data.units : [],
      eventId: stored.eventId,
      createdAt: new Date(stored.recordedAt),
    });
  },
};
