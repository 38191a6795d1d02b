import { ApiProperty } from '@nestjs/swagger';
import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { PlanEvent } from '@modules/plan/plan.decider';
import { sectionsOf, type ReportSection, type RequestKind } from '@modules/plan/plan.requests';
import type { Projection, StoredEvent } from '@platform/event-store';

export interface ReminderEntry {
  daysBefore: number;
  at: string;
  units: string[];
}

class SectionShape implements ReportSection {
  @ApiProperty({ example: 'ket_qua' }) code: string;
  @ApiProperty({ example: 'Kết quả thực hiện' }) title: string;
}

class ReminderShape implements ReminderEntry {
  @ApiProperty() daysBefore: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: [String] }) units: string[];
}

/** A report request with what the plan's agenda has done about it: reminders and overdue marks. */
@Entity({ name: 'report_requests' })
@Index(['planId', 'dueAt'])
export class ReportRequestView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ type: 'text' })
  kind: RequestKind;

  @ApiColumn({ type: 'text', nullable: true })
  number: string | null;

  @ApiColumn({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @ApiColumn({ type: 'text' })
  subject: string;

  @ApiColumn({ name: 'period_key', type: 'text', nullable: true })
  periodKey: string | null;

  @ApiColumn({ name: 'period_label', type: 'text', nullable: true })
  periodLabel: string | null;

  @ApiColumn({ name: 'period_from', type: 'date', nullable: true })
  periodFrom: string | null;

  @ApiColumn({ name: 'period_to', type: 'date', nullable: true })
  periodTo: string | null;

  /** The day its figures are counted as of, when not the period's last day. */
  @ApiColumn({ name: 'as_of', type: 'date', nullable: true })
  asOf: string | null;

  /** Who sent it, when it came from outside the plan's organisation. */
  @ApiColumn({ type: 'text', nullable: true })
  sender: string | null;

  /** The sections units write in prose (the default ones unless the request gave its own). */
  @ApiColumn({ type: 'jsonb' }, { type: () => [SectionShape] })
  sections: ReportSection[];

  @ApiColumn({ name: 'phase_code', type: 'text', nullable: true })
  phaseCode: string | null;

  @ApiColumn({ name: 'due_on', type: 'date' })
  dueOn: string;

  @ApiColumn({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @ApiColumn({ type: 'jsonb' }, { type: [String] })
  units: string[];

  @ApiColumn({ name: 'remind_days_before', type: 'jsonb' }, { type: [Number] })
  remindDaysBefore: number[];

  @ApiColumn({ type: 'jsonb' }, { type: () => [ReminderShape] })
  reminders: ReminderEntry[];

  /** Units still missing when the deadline passed; null until it has. */
  @ApiColumn({ name: 'overdue_units', type: 'jsonb', nullable: true }, { type: [String] })
  overdueUnits: string[] | null;

  @ApiColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;
}

type RequestEvent = StoredEvent &
  Extract<PlanEvent, { type: 'ReportRequested' | 'ReminderRecorded' | 'ReportsOverdue' }>;

export const reportRequestProjection: Projection<ReportRequestView> = {
  name: 'report_requests',
  entity: ReportRequestView,
  keysOf(stored) {
    const event = stored as RequestEvent;
    if (event.type === 'ReportRequested') return [event.data.request.requestId];
    if (event.type === 'ReminderRecorded' || event.type === 'ReportsOverdue') return [event.data.requestId];
    return [];
  },
  evolve(row, stored) {
    const event = stored as RequestEvent;
    const next = Object.assign(new ReportRequestView(), row);
    switch (event.type) {
      case 'ReportRequested': {
        const { planId, request: r } = event.data;
        return Object.assign(next, {
          id: r.requestId,
          planId,
          kind: r.kind,
          number: r.number ?? null,
          issuedOn: r.issuedOn,
          subject: r.subject,
          periodKey: r.period?.key ?? null,
          periodLabel: r.period?.label ?? null,
          periodFrom: r.period?.from ?? null,
          periodTo: r.period?.to ?? null,
          asOf: r.asOf ?? null,
          sender: r.sender ?? null,
          sections: sectionsOf(r),
          phaseCode: r.phaseCode ?? null,
          dueOn: r.dueOn,
          dueAt: new Date(r.dueAt),
          units: r.units,
          remindDaysBefore: r.remindDaysBefore,
          reminders: [],
          overdueUnits: null,
          requestedAt: new Date(r.requestedAt),
        });
      }
      case 'ReminderRecorded': {
        const { daysBefore, units } = event.data;
        return Object.assign(next, {
          reminders: [...next.reminders, { daysBefore, at: stored.recordedAt, units }],
        });
      }
      case 'ReportsOverdue':
        return Object.assign(next, { overdueUnits: event.data.units });
    }
  },
};
