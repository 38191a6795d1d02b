import {
  withoutMarks,
  type CivilDate,
  type Rating,
  type RewardForm,
  type SubjectKind,
  type Threshold,
} from '@kernel';
import type { DossierKind } from '@modules/nomination/nomination.forms';

export type { Threshold } from '@kernel';

export type Authority = 'commune_chairman' | 'city_chairman';

/** What the yearly consideration (bình xét cuối năm) asks of a proposal for one form. */
export interface YearEndRule {
  /** A yearly title (danh hiệu thi đua): proposed in the yearly consideration only, never in a plan's review. */
  title: boolean;
  /** The least rating of duties that year. */
  minRating?: Rating;
  /** Titles needed in consecutive years ending with the year considered (1: that year only). */
  requires?: Array<{ form: RewardForm; years: number }>;
  /** A recognised initiative or an accepted scientific topic that year. */
  initiative?: boolean;
  /** At most this share of those granted `of` in the same consideration. */
  cap?: { of: RewardForm; percent: number };
  /** The kinds of unit a collective must be (thôn văn hóa: thôn, tổ dân phố). */
  unitKinds?: string[];
  /** Decided without the council's vote, after public posting where the subject lives (Gia đình văn hóa). */
  postingOnly?: { workingDays: number };
  /** The text each value comes from. */
  source: string;
}

/** Reward money: a coefficient of the base salary in force on the decision date (both data). */
export interface RewardMoney {
  coefficients: Partial<Record<RewardForm, Partial<Record<SubjectKind, number>>>>;
  /** Amounts are rounded up to this many đồng. */
  roundUpTo: number;
  /** The base salary (mức lương cơ sở), each amount from the day it took effect. */
  baseSalaries: Array<{ from: CivilDate; amount: number; source: string }>;
  source: string;
}

/**
 * Units whose head awards the yearly titles of their own staff and collectives (a company's
 * director), not the organisation they stand in.
 */
export interface SelfAwardingUnits {
  unitKinds: string[];
  forms: RewardForm[];
  /** How the head signs (“Giám đốc”). */
  headTitle: string;
  source: string;
}

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
  /** The yearly consideration's rules, per form it may propose. */
  yearEnd: Partial<Record<RewardForm, YearEndRule>>;
  money: RewardMoney;
  selfAwarding: SelfAwardingUnits;
  /** The text each group of values above comes from (authority, council, quotas, posting, appraisal). */
  sources: Record<string, string>;
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
      tap_the_lao_dong_xuat_sac: { percent: 80, strict: false },
      chien_si_thi_dua_cap_tinh: { percent: 90, strict: false },
      gia_dinh_van_hoa: MAJORITY,
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
    tap_the_lao_dong_xuat_sac: 'city_chairman',
    chien_si_thi_dua_cap_tinh: 'city_chairman',
    gia_dinh_van_hoa: 'commune_chairman',
  },
  dossier: {
    giay_khen_chu_tich_xa: BASE_DOSSIER,
    bang_khen_chu_tich_thanh_pho: BASE_DOSSIER,
    lao_dong_tien_tien: BASE_DOSSIER,
    tap_the_lao_dong_tien_tien: BASE_DOSSIER,
    chien_si_thi_dua_co_so: [...BASE_DOSSIER, 'chung_nhan_sang_kien'],
    thon_van_hoa: BASE_DOSSIER,
    tap_the_lao_dong_xuat_sac: BASE_DOSSIER,
    chien_si_thi_dua_cap_tinh: [...BASE_DOSSIER, 'chung_nhan_sang_kien'],
    gia_dinh_van_hoa: [],
  },
  yearEnd: {
    lao_dong_tien_tien: {
      title: true,
      minRating: 'hoan_thanh_tot',
      source: 'Luật Thi đua, khen thưởng 2022 (danh hiệu “Lao động tiên tiến”)',
    },
    chien_si_thi_dua_co_so: {
      title: true,
      minRating: 'hoan_thanh_tot',
      requires: [{ form: 'lao_dong_tien_tien', years: 1 }],
      initiative: true,
      cap: { of: 'lao_dong_tien_tien', percent: 15 },
      source:
        'Luật Thi đua, khen thưởng 2022 (danh hiệu “Chiến sĩ thi đua cơ sở”); tỷ lệ 15 % số Lao động tiên tiến theo quy định trước đây (độ tin cậy trung bình)',
    },
    tap_the_lao_dong_tien_tien: {
      title: true,
      minRating: 'hoan_thanh_tot',
      source: 'Luật Thi đua, khen thưởng 2022 (danh hiệu “Tập thể lao động tiên tiến”)',
    },
    tap_the_lao_dong_xuat_sac: {
      title: true,
      minRating: 'hoan_thanh_xuat_sac',
      source: 'Luật Thi đua, khen thưởng 2022 (danh hiệu “Tập thể lao động xuất sắc”)',
    },
    chien_si_thi_dua_cap_tinh: {
      title: true,
      minRating: 'hoan_thanh_xuat_sac',
      requires: [{ form: 'chien_si_thi_dua_co_so', years: 3 }],
      source:
        'Luật Thi đua, khen thưởng 2022: 03 lần liên tục đạt “Chiến sĩ thi đua cơ sở” (độ tin cậy trung bình)',
    },
    thon_van_hoa: {
      title: true,
      unitKinds: ['thon', 'to_dan_pho'],
      source: 'Nghị định 86/2023/NĐ-CP (danh hiệu “Thôn, Tổ dân phố văn hóa”)',
    },
    gia_dinh_van_hoa: {
      title: true,
      postingOnly: { workingDays: 5 },
      source:
        'Nghị định 86/2023/NĐ-CP: niêm yết công khai tại thôn, tổ dân phố, không qua Hội đồng (độ tin cậy trung bình)',
    },
    giay_khen_chu_tich_xa: {
      title: false,
      minRating: 'hoan_thanh_tot',
      source: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP (Giấy khen của Chủ tịch UBND cấp xã)',
    },
  },
  money: {
    coefficients: {
      giay_khen_chu_tich_xa: { individual: 0.3, collective: 0.6 },
      bang_khen_chu_tich_thanh_pho: { individual: 1, collective: 2 },
      lao_dong_tien_tien: { individual: 0.3 },
      tap_the_lao_dong_tien_tien: { collective: 0.8 },
      chien_si_thi_dua_co_so: { individual: 1 },
      tap_the_lao_dong_xuat_sac: { collective: 1.5 },
      chien_si_thi_dua_cap_tinh: { individual: 3 },
    },
    roundUpTo: 10_000,
    baseSalaries: [
      { from: '2023-07-01', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
      { from: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
    ],
    source:
      'Nghị định 152/2025/NĐ-CP (hệ số mức lương cơ sở, làm tròn lên hàng chục nghìn đồng; độ tin cậy trung bình)',
  },
  selfAwarding: {
    unitKinds: ['doanh_nghiep'],
    forms: ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'tap_the_lao_dong_tien_tien'],
    headTitle: 'Giám đốc',
    source:
      'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP: người đứng đầu doanh nghiệp xét tặng danh hiệu cho người lao động, tập thể của doanh nghiệp',
  },
  sources: {
    authority:
      'Nghị định 152/2025/NĐ-CP (thẩm quyền khen thưởng của Chủ tịch UBND cấp xã từ 01/07/2025, thay Nghị định 98/2023/NĐ-CP)',
    council: 'Quy chế mẫu Hội đồng Thi đua – Khen thưởng cấp tỉnh (độ tin cậy trung bình)',
    quotas: 'Quy định khen thưởng của thành phố (độ tin cậy trung bình)',
    posting: 'Công khai trước khi quyết định: 07 ngày làm việc theo thực tiễn Hà Nội (độ tin cậy trung bình)',
    appraisal:
      'Nghị định 152/2025/NĐ-CP (trả hồ sơ thiếu trong 05 ngày làm việc; thẩm định 20 ngày làm việc)',
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
      yearEnd: { ...rules.yearEnd, ...r.yearEnd },
      money: {
        ...rules.money,
        ...r.money,
        coefficients: { ...rules.money.coefficients, ...r.money?.coefficients },
      },
      selfAwarding: { ...rules.selfAwarding, ...r.selfAwarding },
      sources: { ...rules.sources, ...r.sources },
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
