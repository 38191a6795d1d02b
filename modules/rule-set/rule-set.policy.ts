import { withoutMarks, type CivilDate } from '@kernel';
import type { RewardForm } from '@modules/plan/plan.definition';
import type { DossierKind } from '@modules/nomination/nomination.forms';

/** A vote threshold counted on all members: `percent` of them, reached (≥) or exceeded (>). */
export interface Threshold {
  percent: number;
  strict: boolean;
}

export type Authority = 'commune_chairman' | 'city_chairman';

/**
 * Every number the rewards path uses, as one versioned rule set keyed by jurisdiction and
 * effective date (domain.md §6): provinces and ministries set their own, so none is code.
 */
export interface RewardRuleSet {
  jurisdiction: string;
  effectiveFrom: CivilDate;
  name: string;
  source: string;
  council: {
    /** The meeting is valid with at least this share of members present (in person). */
    presentPercent: number;
    /** A vote needs this share of all members taking part, absent ones by written opinion. */
    participationPercent: number;
    thresholds: Record<RewardForm, Threshold>;
  };
  /** Caps per form, as a share of the review's units (collectives) or of individual nominations. */
  quotas: Partial<Record<RewardForm, { collectivePercent?: number; individualPercent?: number }>>;
  appraisal: { incompleteReturnWorkingDays: number; appraisalWorkingDays: number };
  postingWorkingDays: number;
  authority: Record<RewardForm, Authority>;
  dossier: Record<RewardForm, DossierKind[]>;
  /** Weights of a unit's review score (sum 100) and the bonus per recognised initiative. */
  scoring: {
    tasks: number;
    reports: number;
    indicators: number;
    initiativeBonus: number;
    initiativeBonusMax: number;
  };
}

const BASE_DOSSIER: DossierKind[] = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet'];
const MAJORITY: Threshold = { percent: 50, strict: true };

/**
 * National defaults from Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP and typical
 * provincial rules (confidence medium, see domain.md §6).
 */
export const DEFAULT_RULE_SET: RewardRuleSet = {
  jurisdiction: 'VN',
  effectiveFrom: '2025-07-01',
  name: 'Mặc định toàn quốc',
  source: 'Luật TĐKT 06/2022/QH15; Nghị định 152/2025/NĐ-CP; quy chế mẫu Hội đồng TĐKT cấp tỉnh',
  council: {
    presentPercent: 200 / 3,
    participationPercent: 80,
    thresholds: {
      giay_khen_chu_tich_xa: MAJORITY,
      bang_khen_chu_tich_thanh_pho: MAJORITY,
      lao_dong_tien_tien: MAJORITY,
      tap_the_lao_dong_tien_tien: MAJORITY,
      chien_si_thi_dua_co_so: { percent: 80, strict: false },
      thon_van_hoa: MAJORITY,
    },
  },
  quotas: { bang_khen_chu_tich_thanh_pho: { collectivePercent: 10, individualPercent: 5 } },
  appraisal: { incompleteReturnWorkingDays: 5, appraisalWorkingDays: 20 },
  postingWorkingDays: 7,
  authority: {
    giay_khen_chu_tich_xa: 'commune_chairman',
    bang_khen_chu_tich_thanh_pho: 'city_chairman',
    lao_dong_tien_tien: 'commune_chairman',
    tap_the_lao_dong_tien_tien: 'commune_chairman',
    chien_si_thi_dua_co_so: 'commune_chairman',
    thon_van_hoa: 'commune_chairman',
  },
  dossier: {
    giay_khen_chu_tich_xa: BASE_DOSSIER,
    bang_khen_chu_tich_thanh_pho: BASE_DOSSIER,
    lao_dong_tien_tien: BASE_DOSSIER,
    tap_the_lao_dong_tien_tien: BASE_DOSSIER,
    chien_si_thi_dua_co_so: [...BASE_DOSSIER, 'chung_nhan_sang_kien'],
    thon_van_hoa: BASE_DOSSIER,
  },
  scoring: { tasks: 40, reports: 30, indicators: 30, initiativeBonus: 5, initiativeBonusMax: 10 },
};

/**
 * The rule set in force for a jurisdiction on a date: its latest version effective by then,
 * else the national default. Published sets override only what they name.
 */
export function ruleSetFor(
  published: Array<Partial<RewardRuleSet> & { jurisdiction: string; effectiveFrom: CivilDate }>,
  jurisdiction: string,
  on: CivilDate,
): RewardRuleSet {
  const candidates = published
    .filter((r) => r.jurisdiction === jurisdiction && r.effectiveFrom <= on)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return candidates.reduce<RewardRuleSet>(
    (rules, r) => ({
      ...rules,
      ...r,
      council: {
        ...rules.council,
        ...r.council,
        thresholds: { ...rules.council.thresholds, ...r.council?.thresholds },
      },
      appraisal: { ...rules.appraisal, ...r.appraisal },
      authority: { ...rules.authority, ...r.authority },
      dossier: { ...rules.dossier, ...r.dossier },
      scoring: { ...rules.scoring, ...r.scoring },
      quotas: { ...rules.quotas, ...r.quotas },
    }),
    DEFAULT_RULE_SET,
  );
}

/** "Ủy ban nhân dân xã Kim Thành" → "UY-BAN-NHAN-DAN-XA-KIM-THANH": a key made of a name. */
export const nameKey = (text: string): string =>
  withoutMarks(text)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Whose rules a plan follows: the jurisdiction it names, else its issuer's own (which falls
 * back to the national default until that issuer publishes a rule set).
 */
export const jurisdictionOf = (def: { jurisdiction?: string; issuer: string }): string =>
  def.jurisdiction ?? nameKey(def.issuer).slice(0, 41);
