import type { CivilDate } from '../calendar/civil';

export const REQUEST_KINDS = ['quarterly', 'annual', 'adhoc'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** A demand for reports from units: periodic by the plan's regime, or ad hoc (e.g. 669/SKH&CN-CĐS). */
export interface ReportRequest {
  requestId: string;
  kind: RequestKind;
  /** The request's document number, for ad-hoc requests. */
  number?: string;
  issuedOn: CivilDate;
  subject: string;
  period?: { key: string; label: string; from: CivilDate; to: CivilDate };
  phaseCode?: string;
  /** Last day to submit on time, and the instant a submission becomes late. */
  dueOn: CivilDate;
  dueAt: string;
  units: string[];
  remindDaysBefore: number[];
  requestedAt: string;
}

const DAY_MS = 86_400_000;

/**
 * Days late, counted in started days after the deadline: a report one hour late is one day
 * late. Zero when on time.
 */
export function daysLate(dueAt: string, submittedAt: string): number {
  const late = Date.parse(submittedAt) - Date.parse(dueAt);
  return late < 0 ? 0 : Math.max(1, Math.ceil(late / DAY_MS));
}

export const reminderAt = (request: ReportRequest, daysBefore: number): string =>
  new Date(Date.parse(request.dueAt) - daysBefore * DAY_MS).toISOString();
