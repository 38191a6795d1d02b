import type { TimeState, TimeStateCounts } from '@modules/assignment/assignment.policy';
import type { IndicatorValueView } from '@modules/assignment/indicator-value.projection';
import type { IndicatorTotal } from '@modules/assignment/indicator-totals';
import type { IndicatorKind } from '@modules/plan/plan.definition';
import type { ImplementationRow } from '../implementation.query';

/** The consolidated report as data: what the JSON answer is and what XLSX and DOCX render. */
export interface ConsolidatedReport {
  plan: {
    id: string;
    number: string;
    issuer: string;
    title: string;
    issuedOn: string;
    signer: string;
    standingUnit: string;
    standingUnitName: string;
    /** The organisation whose plan it is (null for plans from before organisations). */
    organisation: string | null;
  };
  /** The request the report answers; null for the current state of the plan. */
  period: {
    requestId: string;
    kind: string;
    key: string | null;
    label: string;
    number: string | null;
    subject: string;
    from: string | null;
    to: string | null;
    dueOn: string;
    issuedOn: string;
    /** Who sent the request, when it came from outside the plan's organisation. */
    sender: string | null;
  } | null;
  generatedAt: string;
  /** The day tasks' time-states are judged as of: the request's as-of date or period end, else today. */
  asOf: string;
  /** Lead tasks by time-state as of `asOf`: the whole plan, each task group and each lead unit. */
  deadlines: {
    total: TimeStateCounts;
    byGroup: Array<{ code: string; title: string; counts: TimeStateCounts }>;
    byUnit: Array<{ unitCode: string; unitName: string; counts: TimeStateCounts }>;
  };
  groups: Array<{ code: string; title: string; tasks: ConsolidatedTask[] }>;
  indicators: IndicatorRow[];
  indicatorTotals: IndicatorSummary[];
  timeliness: TimelinessRow[];
  /** For a request: each section of its template with what every unit wrote in it, unit by unit. */
  narrative: NarrativeSection[];
  /** The lower-level organisations the plan gives tasks, and how they carry it out. */
  implementation: ImplementationRow[];
}

export interface ConsolidatedTask {
  stt: number;
  code: string;
  title: string;
  leadUnit: string;
  leadUnitName: string;
  /** The coordinators named in the task; a group is not listed unit by unit. */
  coordinatingUnits: string[];
  /** Their names, then each group as its label and size (“các xã, phường (3.321 đơn vị)”). */
  coordinatingUnitNames: string[];
  status: string | null;
  statusLabel: string;
  dueOn: string | null;
  /** Falls due every year on the day of `dueOn`. */
  recurringYearly: boolean;
  doneOn: string | null;
  timeState: TimeState;
  timeStateLabel: string;
  result: string;
  contributions: Array<{ unitCode: string; unitName: string; text: string }>;
}

export interface NarrativeSection {
  code: string;
  title: string;
  entries: Array<{ unitCode: string; unitName: string; text: string }>;
}

/** One unit's value of one indicator, as entered and as documents write it. */
export interface IndicatorRow {
  unitCode: string;
  unitName: string;
  indicatorCode: string;
  indicatorName: string;
  kind: IndicatorKind;
  /** The target as written ("≥ 80,00 %"); empty when none. */
  target: string;
  period: string;
  /** The value as written ("13/20 = 65,00 %", "12 lớp", "Có"). */
  text: string;
  numerator: number | null;
  denominator: number | null;
  percent: number | null;
  value: number | null;
  detail: IndicatorValueView['detail'];
  met: boolean | null;
  /** Files attached as the evidence behind this figure. */
  evidence: number;
}

/** An indicator added up: over every unit, by parent organisation and by former unit. */
export interface IndicatorSummary {
  indicatorCode: string;
  indicatorName: string;
  kind: IndicatorKind;
  target: string;
  /** A checklist's criteria or a breakdown's parts, in their order, for the columns. */
  items: Array<{ code: string; name: string }>;
  overall: IndicatorTotal;
  byParent: Array<{ code: string; name: string; total: IndicatorTotal }>;
  byFormer: Array<{ code: string; name: string; total: IndicatorTotal }>;
}

export interface TimelinessRow {
  unitCode: string;
  unitName: string;
  asked: number;
  onTime: number;
  late: number;
  daysLate: number;
  missing: number;
  pending: number;
  label: string;
}
