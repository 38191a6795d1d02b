import type { CivilDate, PeriodRegime, RewardForm } from '@kernel';

/** A kind's code from the unit directory's catalogue (kinds are data an admin extends). */
export type UnitKind = string;

export const REVIEW_KINDS = ['preliminary', 'final'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const COMPARATORS = ['>=', '>', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const REWARD_OCCASIONS = ['annual', 'preliminary', 'final'] as const;
export type RewardOccasion = (typeof REWARD_OCCASIONS)[number];

export { REWARD_FORMS, type RewardForm } from '@kernel';

export interface Phase {
  code: string;
  name: string;
  startsOn: CivilDate;
  endsOn: CivilDate;
  review: ReviewKind;
}

/**
 * What an indicator measures (domain.md §7): a ratio of two counts, a count (classes held,
 * people trained), an amount of money, a yes/no criterion, a checklist of criteria every
 * unit (or every subject a unit reports on) must meet, or a whole broken down by state.
 */
export const INDICATOR_KINDS = ['ratio', 'count', 'money', 'yes_no', 'checklist', 'breakdown'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** A criterion of a checklist, or a part of a breakdown. */
export interface IndicatorItem {
  code: string;
  name: string;
}

export interface Indicator {
  code: string;
  name: string;
  /** Absent in plans from before kinds: a ratio. */
  kind?: IndicatorKind;
  /**
   * The target, where the kind has one: a percentage for a ratio, for the share of a
   * breakdown's `targetPart` and for the share of a checklist's subjects meeting all; a
   * number (`target`) for a count or an amount. Without one, a value is not judged.
   */
  comparator?: Comparator;
  targetPercent?: number;
  target?: number;
  /** What a count counts ("lớp", "người"). */
  measureUnit?: string;
  /** A ratio over the same whole as another ratio of the plan (its code). */
  sharesDenominatorWith?: string;
  /** A checklist's criteria. */
  criteria?: IndicatorItem[];
  /** A breakdown's parts, which must add up to its total. */
  parts?: IndicatorItem[];
  targetPart?: string;
  unitKinds: UnitKind[];
}

export const kindOf = (indicator: Indicator): IndicatorKind => indicator.kind ?? 'ratio';

export interface RewardRule {
  occasion: RewardOccasion;
  form: RewardForm;
  awardedBy: string;
}

/**
 * A coordinating party named as a group (“các xã, phường”, “các phòng, ban, trung tâm”): the
 * units of these kinds directly under the plan's organisation, resolved when the plan is launched.
 */
export interface CoordinatingGroup {
  label: string;
  kinds: UnitKind[];
}

/** A group as resolved at launch: the units it meant that day, for one task. */
export interface ResolvedGroup {
  taskCode: string;
  label: string;
  units: string[];
}

/**
 * Groups as a launch records them: each group once, with the tasks it coordinates. A province's
 * “các xã, phường” is thousands of codes; written out again for each of thirty tasks it would
 * make the launch's command and event megabytes, past what Temporal carries in one payload.
 */
export interface LaunchParty {
  label: string;
  units: string[];
  taskCodes: string[];
}

/** A launch's record: `parties`, or `groups` as launches wrote them before (one task each). */
export interface LaunchRecord {
  groups?: ResolvedGroup[];
  parties?: LaunchParty[];
}

export const launchParties = (launch: LaunchRecord): LaunchParty[] => [
  ...(launch.groups ?? []).map(({ taskCode, label, units }) => ({ label, units, taskCodes: [taskCode] })),
  ...(launch.parties ?? []),
];

/** What a launch recorded, as groups per task. */
export const resolvedGroups = (launch: LaunchRecord): ResolvedGroup[] =>
  launchParties(launch).flatMap(({ label, units, taskCodes }) =>
    taskCodes.map((taskCode) => ({ taskCode, label, units })),
  );

export interface TaskDefinition {
  code: string;
  title: string;
  leadUnit: string;
  coordinatingUnits: string[];
  coordinatingGroups?: CoordinatingGroup[];
  dueOn?: CivilDate;
  recurringYearly: boolean;
}

export interface TaskGroup {
  code: string;
  title: string;
  tasks: TaskDefinition[];
}

export interface ReportingRegime {
  /** Whether periods follow calendar months or the 15th-to-14th cut-off (the default). */
  periods?: PeriodRegime;
  /**
   * Periodic reports of each kind are due before this day (exclusive) of the month their data
   * ends in (under the cut-off, whose periods end on the 14th) or of the month after (calendar).
   */
  monthlyDueBeforeDay?: number;
  quarterlyDueBeforeDay?: number;
  halfYearDueBeforeDay?: number;
  nineMonthsDueBeforeDay?: number;
  /** Annual reports are due before this day and month (exclusive), e.g. 05/12. */
  annualDueBefore?: { day: number; month: number };
  remindDaysBefore: number[];
}

/** The higher level's plan a plan carries out (its “Căn cứ Kế hoạch số …”), and the task it answers. */
export interface PlanBasis {
  planId: string;
  taskCode?: string;
}

export interface PlanDefinition {
  number: string;
  basis?: PlanBasis;
  /** Whose reward rule set applies (domain.md §6); the national default when absent. */
  jurisdiction?: string;
  issuer: string;
  issuedOn: CivilDate;
  signer: string;
  title: string;
  legalBasis: string[];
  standingUnit: string;
  startsOn: CivilDate;
  endsOn: CivilDate;
  phases: Phase[];
  indicators: Indicator[];
  rewards: RewardRule[];
  taskGroups: TaskGroup[];
  reporting: ReportingRegime;
}

/** Every unit code a definition refers to, each with the input path that names it. */
export function referencedUnits(def: PlanDefinition): Array<{ code: string; field: string }> {
  const refs = [{ code: def.standingUnit, field: 'standingUnit' }];
  def.taskGroups.forEach((group, g) =>
    group.tasks.forEach((task, t) => {
      const at = `taskGroups.${g}.tasks.${t}`;
      refs.push({ code: task.leadUnit, field: `${at}.leadUnit` });
      task.coordinatingUnits.forEach((code, c) => refs.push({ code, field: `${at}.coordinatingUnits.${c}` }));
    }),
  );
  return refs;
}

export const allTasks = (def: PlanDefinition): TaskDefinition[] => def.taskGroups.flatMap((g) => g.tasks);

/** A launched plan's definition with its parties' units among each task's coordinating units. */
export const launchedDefinition = (plan: { definition: PlanDefinition; launchParties: LaunchParty[] }) =>
  withResolvedGroups(plan.definition, resolvedGroups({ parties: plan.launchParties }));

/** The definition with its groups' units among each task's coordinating units (the lead aside). */
export function withResolvedGroups(def: PlanDefinition, groups: ResolvedGroup[] = []): PlanDefinition {
  if (groups.length === 0) return def;
  return {
    ...def,
    taskGroups: def.taskGroups.map((group) => ({
      ...group,
      tasks: group.tasks.map((task) => {
        const added = groups.filter((g) => g.taskCode === task.code).flatMap((g) => g.units);
        if (added.length === 0) return task;
        const units = [...new Set([...task.coordinatingUnits, ...added])].filter((u) => u !== task.leadUnit);
        return { ...task, coordinatingUnits: units };
      }),
    })),
  };
}
