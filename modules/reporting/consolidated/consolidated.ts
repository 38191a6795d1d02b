import type { Comparator } from '@modules/plan/plan.definition';
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
  } | null;
  generatedAt: string;
  groups: Array<{ code: string; title: string; tasks: ConsolidatedTask[] }>;
  indicators: IndicatorRow[];
  timeliness: TimelinessRow[];
  /** The lower-level organisations the plan gives tasks, and how they carry it out. */
  implementation: ImplementationRow[];
}

export interface ConsolidatedTask {
  stt: number;
  code: string;
  title: string;
  leadUnit: string;
  leadUnitName: string;
  coordinatingUnits: string[];
  coordinatingUnitNames: string[];
  status: string | null;
  statusLabel: string;
  result: string;
  contributions: Array<{ unitCode: string; unitName: string; text: string }>;
}

export interface IndicatorRow {
  unitCode: string;
  unitName: string;
  indicatorCode: string;
  indicatorName: string;
  comparator: Comparator;
  targetPercent: number;
  target: string;
  period: string;
  numerator: number;
  denominator: number;
  percent: number;
  met: boolean;
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

export const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=' };

/** "Ủy ban nhân dân xã Kim Thành" → "Kim Thành": the place written before the date. */
export function placeOf(issuer: string): string {
  return issuer.replace(/^(ủy|uỷ) ban nhân dân\s+(xã|phường|thị trấn|đặc khu|tỉnh|thành phố)\s+/i, '').trim();
}

/** "ngày 05 tháng 09 năm 2025", as Vietnamese documents date themselves. */
export function vietnameseDateLine(date: string): string {
  const [y, m, d] = date.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}
