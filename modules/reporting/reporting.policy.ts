import type { ReportRequestView } from './report-request.projection';
import type { ReportSubmissionView } from './report-submission.projection';

export type Timeliness = 'on_time' | 'late' | 'overdue' | 'pending';

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  overdue: 'Quá hạn, chưa gửi',
  pending: 'Chưa đến hạn',
};

export interface UnitTimeliness {
  unitCode: string;
  status: Timeliness;
  label: string;
  submittedAt: Date | null;
  daysLate: number;
}

/** Where each asked unit stands on a request, at `now`. */
export function timeliness(
  request: ReportRequestView,
  submissions: ReportSubmissionView[],
  now: Date,
): UnitTimeliness[] {
  const byUnit = new Map(submissions.map((s) => [s.unitCode, s]));
  return request.units.map((unitCode) => {
    const s = byUnit.get(unitCode);
    const status: Timeliness = s
      ? s.late
        ? 'late'
        : 'on_time'
      : now >= request.dueAt
        ? 'overdue'
        : 'pending';
    return {
      unitCode,
      status,
      label: status === 'late' ? `Trễ ${s?.daysLate} ngày` : TIMELINESS_LABELS[status],
      submittedAt: s?.submittedAt ?? null,
      daysLate: s?.daysLate ?? 0,
    };
  });
}
