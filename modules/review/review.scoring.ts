import type { CivilDate } from '@kernel';
import type { RewardRuleSet } from '@modules/rule-set/rule-set.policy';

/** What the store knows of one unit over a review's span; gathered from the read models. */
export interface UnitFacts {
  unitCode: string;
  unitName: string;
  leadTasks: Array<{ code: string; status: string; dueOn: CivilDate | null; doneOn: CivilDate | null }>;
  reports: Array<{ requestId: string; status: 'on_time' | 'late' | 'overdue' | 'pending'; daysLate: number }>;
  /** Each applicable indicator: its target as written (null: not judged) and its latest value. */
  indicators: Array<{
    code: string;
    name: string;
    target: string | null;
    value: { text: string; met: boolean | null; period: string } | null;
  }>;
  initiatives: number;
}

export interface UnitScore {
  unitCode: string;
  unitName: string;
  rank: number;
  score: number;
  tasks: { lead: number; done: number; onTime: number };
  reports: { due: number; onTime: number; late: number; missing: number };
  indicators: Array<{ code: string; target: string; value: string | null; met: boolean }>;
  initiatives: number;
  /** The figures behind the score, in Vietnamese, for the standing agency and the council. */
  reasons: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Scores and ranks units against the plan's criteria (domain.md §1, 1.1): tasks done on time,
 * reports on time, indicators against their targets, plus recognised initiatives. A part with
 * nothing to judge (no lead task, no report due, no indicator) counts in full: a unit is not
 * marked down for work it was not given.
 */
export function scoreUnits(
  facts: UnitFacts[],
  weights: RewardRuleSet['scoring'],
  reviewEnd: CivilDate,
): UnitScore[] {
  const scored = facts.map((f) => {
    const done = f.leadTasks.filter((t) => t.status === 'done');
    const onTime = done.filter((t) => t.doneOn !== null && t.doneOn <= (t.dueOn ?? reviewEnd));
    const due = f.reports.filter((r) => r.status !== 'pending');
    const reportsOnTime = due.filter((r) => r.status === 'on_time').length;
    const late = due.filter((r) => r.status === 'late');
    const missing = due.filter((r) => r.status === 'overdue').length;
    const judged = f.indicators.filter((i) => i.target !== null);
    const met = judged.filter((i) => i.value?.met).length;
    const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
    const bonus = Math.min(f.initiatives * weights.initiativeBonus, weights.initiativeBonusMax);
    const score = round2(
      weights.tasks * ratio(onTime.length, f.leadTasks.length) +
        weights.reports * ratio(reportsOnTime, due.length) +
        weights.indicators * ratio(met, judged.length) +
        bonus,
    );
    const reasons = [
      f.leadTasks.length
        ? `Chủ trì ${f.leadTasks.length} nhiệm vụ: ${done.length} đã thực hiện, ${onTime.length} đúng hạn`
        : 'Không chủ trì nhiệm vụ nào',
      due.length
        ? `Báo cáo: ${reportsOnTime}/${due.length} đúng hạn` +
          (late.length ? `, ${late.length} trễ (${late.reduce((n, r) => n + r.daysLate, 0)} ngày)` : '') +
          (missing ? `, ${missing} không gửi` : '')
        : 'Chưa có báo cáo đến hạn',
      ...f.indicators.map((i) => {
        if (!i.value) return `${i.code} ${i.name}: chưa có số liệu${i.target === null ? '' : ' – chưa đạt'}`;
        if (i.target === null) return `${i.code} ${i.name}: ${i.value.text}`;
        return `${i.code} ${i.name}: ${i.value.text} (mục tiêu ${i.target}) – ${i.value.met ? 'đạt' : 'chưa đạt'}`;
      }),
      ...(f.initiatives ? [`${f.initiatives} sáng kiến được ghi nhận (+${bonus} điểm)`] : []),
    ];
    return {
      unitCode: f.unitCode,
      unitName: f.unitName,
      rank: 0,
      score,
      tasks: { lead: f.leadTasks.length, done: done.length, onTime: onTime.length },
      reports: { due: due.length, onTime: reportsOnTime, late: late.length, missing },
      indicators: f.indicators.map((i) => ({
        code: i.code,
        target: i.target ?? '',
        value: i.value?.text ?? null,
        met: !!i.value?.met,
      })),
      initiatives: f.initiatives,
      reasons,
    };
  });
  scored.sort((a, b) => b.score - a.score || a.unitCode.localeCompare(b.unitCode));
  return scored.map((s, i) => ({ ...s, rank: i + 1 }));
}
