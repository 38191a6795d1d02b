import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
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
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ type: 'text' })
  kind: AlertKind;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ type: 'text' })
  message: string;

  /** For escalations: the units that had not submitted. */
  @Column({ type: 'jsonb' })
  units: string[];

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
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
