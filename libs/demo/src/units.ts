import type { UnitKind } from '@modules/plan/plan.definition';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent?: string;
}

/** Units of UBND xã Kim Thành (thành phố Hải Phòng) that Kế hoạch 863/KH-UBND assigns work to. */
export const kimThanhUnits: DemoUnit[] = [
  { code: 'VHXH', name: 'Phòng Văn hóa – Xã hội', kind: 'phong_ban' },
  { code: 'TTVH', name: 'Trung tâm Văn hóa, Thể thao – Truyền thông', kind: 'trung_tam' },
  { code: 'VP', name: 'Văn phòng HĐND và UBND xã', kind: 'phong_ban' },
  { code: 'KT', name: 'Phòng Kinh tế', kind: 'phong_ban' },
  { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', kind: 'doan_the' },
  { code: 'THONKL', name: 'Thôn Kim Lương', kind: 'thon' },
  { code: 'THONKX', name: 'Thôn Kim Xuyên', kind: 'thon' },
  { code: 'TTPT', name: 'Thị tứ Phú Thái', kind: 'thi_tu' },
  { code: 'DNKT', name: 'Công ty TNHH Công nghệ số Kim Thành', kind: 'doanh_nghiep' },
];
