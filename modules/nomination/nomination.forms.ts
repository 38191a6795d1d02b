import type { RewardForm } from '@modules/plan/plan.definition';

export type SubjectKind = 'collective' | 'individual';

/** What each reward form is called and whom it can go to (Luật Thi đua, khen thưởng 2022). */
export const REWARD_FORM_INFO: Record<RewardForm, { label: string; subjects: SubjectKind[] }> = {
  giay_khen_chu_tich_xa: { label: 'Giấy khen của Chủ tịch UBND xã', subjects: ['collective', 'individual'] },
  bang_khen_chu_tich_thanh_pho: {
    label: 'Bằng khen của Chủ tịch UBND thành phố',
    subjects: ['collective', 'individual'],
  },
  lao_dong_tien_tien: { label: 'Danh hiệu “Lao động tiên tiến”', subjects: ['individual'] },
  tap_the_lao_dong_tien_tien: { label: 'Danh hiệu “Tập thể lao động tiên tiến”', subjects: ['collective'] },
  chien_si_thi_dua_co_so: { label: 'Danh hiệu “Chiến sĩ thi đua cơ sở”', subjects: ['individual'] },
  thon_van_hoa: { label: 'Danh hiệu “Thôn, tổ dân phố văn hóa”', subjects: ['collective'] },
};

export const DOSSIER_KINDS = [
  'to_trinh',
  'bao_cao_thanh_tich',
  'bien_ban_binh_xet',
  'chung_nhan_sang_kien',
] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

export const DOSSIER_LABELS: Record<DossierKind, string> = {
  to_trinh: 'Tờ trình đề nghị khen thưởng',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bien_ban_binh_xet: 'Biên bản bình xét, kết quả bỏ phiếu',
  chung_nhan_sang_kien: 'Giấy chứng nhận sáng kiến được công nhận',
};
