import {
  quotaPlaces,
  RATING_LABELS,
  ratedAtLeast,
  REWARD_FORM_INFO,
  type CivilDate,
  type Rating,
  type RewardForm,
  type SubjectKind,
  type Tally,
  type VoteChoice,
} from '@kernel';
import type { RewardMoney, RewardRuleSet } from '@modules/rule-set/rule-set.policy';

/** Who is proposed: a person of the organisation, one of its collectives, or a household of a village. */
export type ConsiderationSubject =
  | { kind: 'individual'; personId: string; name: string; position: string; unitCode: string }
  | { kind: 'collective'; unitCode: string; name: string }
  | { kind: 'household'; head: string; address: string; unitCode: string };

/** The same key the records over the years use (`person:…`, `unit:…`). */
export const subjectKey = (s: ConsiderationSubject): string =>
  s.kind === 'individual'
    ? `person:${s.personId}`
    : s.kind === 'collective'
      ? `unit:${s.unitCode}`
      : `household:${s.unitCode}/${s.head.trim().toLowerCase()}`;

export const subjectName = (s: ConsiderationSubject): string =>
  s.kind === 'household' ? `Gia đình ông/bà ${s.head}` : s.name;

/** A unit the subject stands in, nearest first, up to the organisation. */
export interface UnitOnPath {
  code: string;
  name: string;
  kind: string;
  kindLabel: string;
}

/** What the API read of the subject when it was proposed: the decider judges by these alone. */
export interface ProposalFacts {
  /** Its rating of duties for the year considered (absent: none recorded). */
  rating?: Rating;
  /** Titles its record holds (from ThiDua's decisions and the imported past). */
  titles: Array<{ year: number; form: RewardForm }>;
  /** Initiatives or scientific topics recognised for the year with the person among the authors. */
  initiatives: string[];
  units: UnitOnPath[];
  /** Discipline, inspection or complaint in progress. */
  restrictions: Array<{ kind: 'discipline' | 'inspection' | 'complaint'; reason: string }>;
}

/**
 * Whose head decides the consideration's titles: an organisation (a commune, a department), or a
 * unit whose head awards its own staff (a company, `unitKind` set). `level` places an
 * organisation: only a province decides what the rule set leaves to the city's chairman.
 */
export interface AwardingBody {
  code: string;
  name: string;
  /** The organisation it belongs to: its records and people. */
  organisation: string;
  level: 'central' | 'province' | 'department' | 'commune' | 'internal';
  unitKind?: string;
  /** How its head signs: “Chủ tịch”, “Giám đốc”. */
  headTitle: string;
}

const RESTRICTIONS: Record<ProposalFacts['restrictions'][number]['kind'], string> = {
  discipline: 'đang bị xem xét kỷ luật',
  inspection: 'đang bị thanh tra, kiểm tra',
  complaint: 'có khiếu nại, tố cáo chưa giải quyết',
};

/** The form's own name, as a reason writes it (“Lao động tiên tiến”). */
export const formName = (form: RewardForm): string => REWARD_FORM_INFO[form].name;

/** Does this body decide the form, or does it propose it to the level above? */
export const decidesHere = (rules: RewardRuleSet, form: RewardForm, body: AwardingBody): boolean =>
  rules.authority[form] !== 'city_chairman' || body.level === 'province';

/** The unit whose own head awards the subject's titles of this form (a company's director), if any. */
export function selfAwardingUnit(
  rules: RewardRuleSet,
  form: RewardForm,
  units: UnitOnPath[],
): UnitOnPath | undefined {
  if (!rules.selfAwarding.forms.includes(form)) return undefined;
  return units.find((u) => rules.selfAwarding.unitKinds.includes(u.kind));
}

export interface Judgement {
  /** Why it is refused, one sentence per rule it fails; empty when it may go on. */
  reasons: string[];
  /** Titles of the same year it needs that are proposed in this consideration, still to be decided. */
  dependsOn: RewardForm[];
}

/**
 * A proposal against the rule set and the subject's record: every rule it fails gives its own
 * reason (rating, titles over consecutive years, a recognised initiative, the kind of
 * collective, who awards it, restrictions). Same-year titles proposed alongside it (LĐTT beside
 * CSTĐCS) count for now; the council's result checks them again.
 */
export function judgeProposal(
  rules: RewardRuleSet,
  body: AwardingBody,
  year: number,
  form: RewardForm,
  subject: ConsiderationSubject,
  facts: ProposalFacts,
  /** The forms the same subject is proposed for in this consideration (not refused). */
  alongside: RewardForm[],
): Judgement {
  const rule = rules.yearEnd[form]!;
  const reasons: string[] = [];
  const dependsOn: RewardForm[] = [];
  const label = formName(form);

  const own = selfAwardingUnit(rules, form, facts.units);
  if (!body.unitKind && own)
    reasons.push(
      `${label} của người lao động, tập thể thuộc ${own.name} do ${rules.selfAwarding.headTitle} ${own.name} xét tặng, không thuộc thẩm quyền của ${body.name} (${rules.selfAwarding.source})`,
    );
  if (body.unitKind && !rules.selfAwarding.forms.includes(form))
    reasons.push(`${body.name} chỉ xét tặng ${rules.selfAwarding.forms.map(formName).join(', ')}`);

  if (subject.kind === 'collective' && rule.unitKinds) {
    const unit = facts.units[0];
    if (!unit || !rule.unitKinds.includes(unit.kind))
      reasons.push(
        `${label} chỉ xét tặng cho ${rule.unitKinds.join(', ').replace(/_/g, ' ')}: ${subjectName(subject)} là ${unit?.kindLabel.toLowerCase() ?? 'đơn vị khác'} (${rule.source})`,
      );
  }

  const already = facts.titles.find((t) => t.form === form && t.year === year);
  if (already) reasons.push(`Đã được tặng ${label} năm ${year}; mỗi thành tích chỉ khen thưởng một lần`);

  if (rule.minRating && !ratedAtLeast(facts.rating, rule.minRating))
    reasons.push(
      facts.rating
        ? `Năm ${year} xếp loại “${RATING_LABELS[facts.rating]}”; ${label} cần “${RATING_LABELS[rule.minRating]}” trở lên`
        : `Chưa có kết quả xếp loại năm ${year}; ${label} cần “${RATING_LABELS[rule.minRating]}” trở lên`,
    );

  for (const need of rule.requires ?? []) {
    const years = Array.from({ length: need.years }, (_, i) => year - need.years + 1 + i);
    const held = new Set(facts.titles.filter((t) => t.form === need.form).map((t) => t.year));
    const proposedNow = alongside.includes(need.form) && !held.has(year);
    const missing = years.filter((y) => !held.has(y) && !(y === year && proposedNow));
    if (missing.length === 0) {
      if (proposedNow) dependsOn.push(need.form);
      continue;
    }
    const span = need.years === 1 ? `năm ${year}` : `${need.years} năm liên tục (${years[0]}–${year})`;
    reasons.push(
      `${label} cần đạt ${formName(need.form)} ${span}; hồ sơ chưa có năm ${missing.join(', ')}${
        missing.includes(year) ? ' (và chưa được đề nghị trong đợt này)' : ''
      }`,
    );
  }

  if (rule.initiative && facts.initiatives.length === 0)
    reasons.push(
      `${label} cần sáng kiến được công nhận hoặc đề tài khoa học được nghiệm thu, áp dụng năm ${year}; chưa có`,
    );

  for (const r of facts.restrictions)
    reasons.push(`Không khen thưởng khi ${RESTRICTIONS[r.kind]} (${r.reason})`);
  return { reasons, dependsOn };
}

/** A proposal as the council's result sees it. */
export interface Contender {
  proposalId: string;
  form: RewardForm;
  subject: string;
  dependsOn: RewardForm[];
  /** Absent for a form decided without a vote. */
  tally?: Tally;
  chairChoice?: VoteChoice;
  /** Beyond this body's authority: proposed to the level above once voted. */
  upward: boolean;
}

export type Outcome = 'approved' | 'forwarded' | 'not_approved' | 'prerequisite_failed' | 'over_cap';

export interface ProposalOutcome {
  proposalId: string;
  outcome: Outcome;
  basis: string;
}

/**
 * The council's result for a whole consideration: each vote against its form's threshold; then,
 * form by form (a form after those it rests on), titles whose same-year prerequisite fell, and
 * caps (CSTĐCS at most a share of LĐTT) filled by yes votes, ties going to the chair's vote.
 */
export function concludeConsideration(
  rules: RewardRuleSet,
  year: number,
  contenders: Contender[],
): ProposalOutcome[] {
  const result = new Map<string, ProposalOutcome>();
  for (const c of contenders) {
    const passed = !c.tally || c.tally.passed;
    result.set(c.proposalId, {
      proposalId: c.proposalId,
      outcome: passed ? (c.upward ? 'forwarded' : 'approved') : 'not_approved',
      basis: c.tally?.basis ?? 'Xét theo quy trình riêng, không qua bỏ phiếu',
    });
  }
  const granted = (c: Contender) => ['approved', 'forwarded'].includes(result.get(c.proposalId)!.outcome);
  for (const form of formsInOrder(rules, contenders)) {
    const ofForm = contenders.filter((c) => c.form === form);
    for (const c of ofForm.filter(granted)) {
      const fell = c.dependsOn.find(
        (need) => !contenders.some((o) => o.subject === c.subject && o.form === need && granted(o)),
      );
      if (fell)
        result.set(c.proposalId, {
          proposalId: c.proposalId,
          outcome: 'prerequisite_failed',
          basis: `Không đạt ${formName(fell)} năm ${year} nên không đủ điều kiện ${formName(form)}`,
        });
    }
    const cap = rules.yearEnd[form]?.cap;
    const standing = ofForm.filter(granted);
    if (!cap || standing.length === 0) continue;
    const base = contenders.filter((o) => o.form === cap.of && granted(o)).length;
    const places = base === 0 ? 0 : quotaPlaces(cap.percent, base);
    const chair = (c: Contender) => (c.chairChoice === 'yes' ? 1 : 0);
    const ranked = [...standing].sort(
      (a, b) =>
        (b.tally?.yes ?? 0) - (a.tally?.yes ?? 0) ||
        chair(b) - chair(a) ||
        a.proposalId.localeCompare(b.proposalId),
    );
    const share = `${formName(form)} không quá ${cap.percent} % số ${formName(cap.of)} (${base} → ${places} suất)`;
    ranked.forEach((c, i) => {
      const votes = `xếp thứ ${i + 1}/${ranked.length} theo số phiếu đồng ý (${c.tally?.yes ?? 0})`;
      const previous = result.get(c.proposalId)!;
      result.set(
        c.proposalId,
        i < places
          ? { ...previous, basis: `${previous.basis}; ${votes}, trong tỷ lệ: ${share}` }
          : { proposalId: c.proposalId, outcome: 'over_cap', basis: `Vượt tỷ lệ: ${share}; ${votes}` },
      );
    });
  }
  return contenders.map((c) => result.get(c.proposalId)!);
}

/** Forms ordered so that each comes after the forms it needs or is capped against. */
function formsInOrder(rules: RewardRuleSet, contenders: Contender[]): RewardForm[] {
  const forms = [...new Set(contenders.map((c) => c.form))];
  const needs = (form: RewardForm): RewardForm[] => {
    const rule = rules.yearEnd[form];
    return [...(rule?.requires ?? []).map((r) => r.form), ...(rule?.cap ? [rule.cap.of] : [])];
  };
  const ordered: RewardForm[] = [];
  const visit = (form: RewardForm, path: RewardForm[]) => {
    if (ordered.includes(form) || path.includes(form)) return;
    for (const need of needs(form)) visit(need, [...path, form]);
    ordered.push(form);
  };
  for (const form of forms) visit(form, []);
  return ordered.filter((f) => forms.includes(f));
}

export interface Reward {
  coefficient: number;
  baseSalary: { amount: number; from: CivilDate; source: string };
  amount: number;
}

/**
 * The money of one form for one kind of recipient on a decision date: the coefficient times
 * the base salary in force that day, rounded up as the rule set says. No coefficient: no money.
 */
export function rewardOf(money: RewardMoney, form: RewardForm, kind: SubjectKind, on: CivilDate): Reward {
  const baseSalary = [...money.baseSalaries]
    .filter((b) => b.from <= on)
    .sort((a, b) => a.from.localeCompare(b.from))
    .at(-1);
  const coefficient = money.coefficients[form]?.[kind] ?? 0;
  if (!baseSalary) return { coefficient, baseSalary: { amount: 0, from: on, source: '' }, amount: 0 };
  // Thousandths of the coefficient keep 0,3 × 2.340.000 an exact integer.
  const exact = (Math.round(coefficient * 1000) * baseSalary.amount) / 1000;
  const step = money.roundUpTo > 0 ? money.roundUpTo : 1;
  return { coefficient, baseSalary, amount: Math.ceil(exact / step) * step };
}
