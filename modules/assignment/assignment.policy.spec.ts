import { dueOf } from './assignment.policy';

describe('how far a task stands from its deadline', () => {
  const today = '2026-03-10';

  it('given a deadline ahead, then the days left, near within a week', () => {
    expect(dueOf('in_progress', '2026-03-13', today)).toEqual({
      state: 'soon',
      daysLeft: 3,
      label: 'Còn 3 ngày',
    });
    expect(dueOf('not_started', '2026-04-30', today)).toMatchObject({ state: 'later', daysLeft: 51 });
    expect(dueOf('not_started', today, today)).toMatchObject({ state: 'today', label: 'Hạn hôm nay' });
  });

  it('given a deadline passed and the task not done, then overdue by whole days', () => {
    expect(dueOf('in_progress', '2026-03-08', today)).toEqual({
      state: 'overdue',
      daysLeft: -2,
      label: 'Quá hạn 2 ngày',
    });
  });

  it('given a done task or no deadline, then nothing to chase', () => {
    expect(dueOf('done', '2026-03-01', today)).toMatchObject({ state: 'done', label: 'Đã thực hiện' });
    expect(dueOf('in_progress', null, today)).toEqual({
      state: 'no_deadline',
      daysLeft: null,
      label: 'Không có hạn',
    });
  });
});
