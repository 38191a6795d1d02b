import type { ReportRequestView } from './report-request.projection';
import type { ReportSubmissionView } from './report-submission.projection';
import { timeliness } from './reporting.policy';

const request = { units: ['A', 'B', 'C', 'D'], dueAt: new Date('2026-03-14T17:00:00Z') } as ReportRequestView;
const submitted = (unitCode: string, daysLate: number) =>
  ({
    unitCode,
    late: daysLate > 0,
    daysLate,
    submittedAt: new Date('2026-03-10T03:00:00Z'),
  }) as ReportSubmissionView;

describe('where each asked unit stands on a report request', () => {
  it('given answers on time and late, then each unit is on time, late by days, overdue or pending', () => {
    const before = timeliness(
      request,
      [submitted('A', 0), submitted('B', 2)],
      new Date('2026-03-10T00:00:00Z'),
    );
    expect(before.map((t) => [t.unitCode, t.status, t.label])).toEqual([
      ['A', 'on_time', 'Đúng hạn'],
      ['B', 'late', 'Trễ 2 ngày'],
      ['C', 'pending', 'Chưa đến hạn'],
      ['D', 'pending', 'Chưa đến hạn'],
    ]);
    const after = timeliness(request, [submitted('A', 0)], new Date('2026-03-14T17:00:00Z'));
    expect(after.find((t) => t.unitCode === 'C')).toMatchObject({
      status: 'overdue',
      label: 'Quá hạn, chưa gửi',
    });
  });
});
