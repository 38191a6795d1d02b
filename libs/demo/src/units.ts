import type { UnitKind } from '@modules/plan/plan.definition';
import type { OrganisationProfile } from '@modules/unit-directory/unit-directory.decider';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode?: string;
}

export const HAI_PHONG = 'HP';
export const KIM_THANH = 'XA-KIM-THANH';
export const LAI_KHE = 'XA-LAI-KHE';

/** Since 01/07/2025 the communes of the former huyện Kim Thành are under thành phố Hải Phòng. */
export const demoOrganisations: DemoUnit[] = [
  { code: HAI_PHONG, name: 'Thành phố Hải Phòng', kind: 'thanh_pho' },
  { code: KIM_THANH, name: 'Xã Kim Thành', kind: 'xa', parentCode: HAI_PHONG },
  { code: LAI_KHE, name: 'Xã Lai Khê', kind: 'xa', parentCode: HAI_PHONG },
];

/** What each demo organisation's documents are issued by, and its standing agency. */
export const demoProfiles: Record<string, OrganisationProfile> = {
  [HAI_PHONG]: {
    issuingBody: 'Ủy ban nhân dân thành phố Hải Phòng',
    standingUnit: 'HP-BTDKT',
    jurisdiction: 'VN-HP',
  },
  [KIM_THANH]: { issuingBody: 'Ủy ban nhân dân xã Kim Thành', standingUnit: 'VHXH' },
  [LAI_KHE]: { issuingBody: 'Ủy ban nhân dân xã Lai Khê', standingUnit: 'LK-VHXH' },
};

/** The city's own units: its emulation board is the standing agency for the city's rewards. */
export const haiPhongUnits: DemoUnit[] = [
  { code: 'HP-BTDKT', name: 'Ban Thi đua – Khen thưởng thành phố', kind: 'phong_ban', parentCode: HAI_PHONG },
];

/** Units of UBND xã Kim Thành (thành phố Hải Phòng) that Kế hoạch 863/KH-UBND assigns work to. */
export const kimThanhUnits: DemoUnit[] = [
  { code: 'VHXH', name: 'Phòng Văn hóa – Xã hội', kind: 'phong_ban', parentCode: KIM_THANH },
  {
    code: 'TTVH',
    name: 'Trung tâm Văn hóa, Thể thao – Truyền thông',
    kind: 'trung_tam',
    parentCode: KIM_THANH,
  },
  { code: 'VP', name: 'Văn phòng HĐND và UBND xã', kind: 'phong_ban', parentCode: KIM_THANH },
  { code: 'KT', name: 'Phòng Kinh tế', kind: 'phong_ban', parentCode: KIM_THANH },
  { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', kind: 'doan_the', parentCode: KIM_THANH },
  { code: 'THONKL', name: 'Thôn Kim Lương', kind: 'thon', parentCode: KIM_THANH },
  { code: 'THONKX', name: 'Thôn Kim Xuyên', kind: 'thon', parentCode: KIM_THANH },
  { code: 'TTPT', name: 'Thị tứ Phú Thái', kind: 'thi_tu', parentCode: KIM_THANH },
  { code: 'DNKT', name: 'Công ty TNHH Công nghệ số Kim Thành', kind: 'doanh_nghiep', parentCode: KIM_THANH },
];

/** The second demo commune: its own people, plans and council; neither commune sees the other. */
export const laiKheUnits: DemoUnit[] = [
  { code: 'LK-VHXH', name: 'Phòng Văn hóa – Xã hội xã Lai Khê', kind: 'phong_ban', parentCode: LAI_KHE },
  {
    code: 'LK-TTVH',
    name: 'Trung tâm Văn hóa, Thể thao – Truyền thông xã Lai Khê',
    kind: 'trung_tam',
    parentCode: LAI_KHE,
  },
  { code: 'LK-THONAT', name: 'Thôn An Thái', kind: 'thon', parentCode: LAI_KHE },
];

/** Every demo unit, parents before their units. */
export const demoUnits: DemoUnit[] = [
  ...demoOrganisations,
  ...haiPhongUnits,
  ...kimThanhUnits,
  ...laiKheUnits,
];
