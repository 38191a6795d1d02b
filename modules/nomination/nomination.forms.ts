export { REWARD_FORM_INFO, type SubjectKind } from '@kernel';

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
