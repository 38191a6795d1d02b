/**
 * The rewards' vocabulary every module speaks (Luật Thi đua, khen thưởng 2022; Nghị định
 * 152/2025/NĐ-CP): the forms, whom each can go to, and the yearly ratings of duties. Rules and
 * numbers about them are data of a rule set (modules/rule-set), never here.
 */

export const REWARD_FORMS = [
  'giay_khen_chu_tich_xa',
  'bang_khen_chu_tich_thanh_pho',
  'lao_dong_tien_tien',
  'tap_the_lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'thon_van_hoa',
  'tap_the_lao_dong_xuat_sac',
  'chien_si_thi_dua_cap_tinh',
  'gia_dinh_van_hoa',
] as const;
export type RewardForm = (typeof REWARD_FORMS)[number];

/** Who a form goes to: a person, a collective (a unit), or a household (Gia đình văn hóa). */
export type SubjectKind = 'collective' | 'individual' | 'household';

export interface RewardFormInfo {
  label: string;
  /** The name a record or a certificate writes, without “Danh hiệu” and quotes. */
  name: string;
  /** Abbreviations offices write in sheets. */
  abbreviations: string[];
  subjects: SubjectKind[];
}

export const REWARD_FORM_INFO: Record<RewardForm, RewardFormInfo> = {
  giay_khen_chu_tich_xa: {
    label: 'Giấy khen của Chủ tịch UBND xã',
    name: 'Giấy khen của Chủ tịch UBND xã',
    abbreviations: ['GK', 'Giấy khen'],
    subjects: ['collective', 'individual'],
  },
  bang_khen_chu_tich_thanh_pho: {
    label: 'Bằng khen của Chủ tịch UBND thành phố',
    name: 'Bằng khen của Chủ tịch UBND thành phố',
    abbreviations: ['BK', 'Bằng khen'],
    subjects: ['collective', 'individual'],
  },
  lao_dong_tien_tien: {
    label: 'Danh hiệu “Lao động tiên tiến”',
    name: 'Lao động tiên tiến',
    abbreviations: ['LĐTT'],
    subjects: ['individual'],
  },
  tap_the_lao_dong_tien_tien: {
    label: 'Danh hiệu “Tập thể lao động tiên tiến”',
    name: 'Tập thể lao động tiên tiến',
    abbreviations: ['TTLĐTT'],
    subjects: ['collective'],
  },
  chien_si_thi_dua_co_so: {
    label: 'Danh hiệu “Chiến sĩ thi đua cơ sở”',
    name: 'Chiến sĩ thi đua cơ sở',
    abbreviations: ['CSTĐCS'],
    subjects: ['individual'],
  },
  thon_van_hoa: {
    label: 'Danh hiệu “Thôn, tổ dân phố văn hóa”',
    name: 'Thôn, tổ dân phố văn hóa',
    abbreviations: ['Thôn văn hóa', 'Tổ dân phố văn hóa'],
    subjects: ['collective'],
  },
  tap_the_lao_dong_xuat_sac: {
    label: 'Danh hiệu “Tập thể lao động xuất sắc”',
    name: 'Tập thể lao động xuất sắc',
    abbreviations: ['TTLĐXS'],
    subjects: ['collective'],
  },
  chien_si_thi_dua_cap_tinh: {
    label: 'Danh hiệu “Chiến sĩ thi đua thành phố”',
    name: 'Chiến sĩ thi đua thành phố',
    abbreviations: ['CSTĐ thành phố', 'CSTĐ cấp tỉnh', 'Chiến sĩ thi đua cấp tỉnh'],
    subjects: ['individual'],
  },
  gia_dinh_van_hoa: {
    label: 'Danh hiệu “Gia đình văn hóa”',
    name: 'Gia đình văn hóa',
    abbreviations: ['GĐVH'],
    subjects: ['household'],
  },
};

/** Spelling-blind key of a form's name: “Danh hiệu “Lao động tiên tiến”” → “lao dong tien tien”. */
const formKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/^danh hieu\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const FORM_BY_KEY = new Map<string, RewardForm>(
  (Object.entries(REWARD_FORM_INFO) as Array<[RewardForm, RewardFormInfo]>).flatMap(([form, info]) =>
    [info.label, info.name, ...info.abbreviations].map((text) => [formKey(text), form] as const),
  ),
);

/**
 * The form a record's title names, however it was written (“LĐTT”, “Lao động tiên tiến”,
 * “Danh hiệu “Lao động tiên tiến””); undefined for a reward ThiDua has no form for.
 */
export const formOfTitle = (text: string): RewardForm | undefined => FORM_BY_KEY.get(formKey(text));

/**
 * The yearly ratings of duties: each person and collective is rated once a year, and the
 * yearly titles rest on it. Best first.
 */
export const RATINGS = ['hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  hoan_thanh_xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  hoan_thanh_tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
};

/** Is `rating` at least `least` (hoàn thành tốt or better)? */
export const ratedAtLeast = (rating: Rating | undefined, least: Rating): boolean =>
  rating !== undefined && RATINGS.indexOf(rating) <= RATINGS.indexOf(least);
