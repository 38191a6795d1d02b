import type { AwardingBody, ProposalFacts, UnitOnPath } from './consideration.rules';

// Bodies and units the consideration's specifications are written about.

export const commune: AwardingBody = {
  code: 'KIMTHANH',
  name: 'UBND xã Kim Thành',
  organisation: 'KIMTHANH',
  level: 'commune',
  headTitle: 'Chủ tịch',
};

/** A company in the commune's area: its director awards its own staff's titles. */
export const company: AwardingBody = {
  code: 'DNKT',
  name: 'Công ty TNHH Công nghệ số Kim Thành',
  organisation: 'KIMTHANH',
  level: 'internal',
  unitKind: 'doanh_nghiep',
  headTitle: 'Giám đốc',
};

export const office: UnitOnPath = {
  code: 'VP',
  name: 'Văn phòng HĐND và UBND',
  kind: 'van_phong',
  kindLabel: 'Văn phòng',
};
export const village: UnitOnPath = { code: 'THON1', name: 'Thôn Kim Lương', kind: 'thon', kindLabel: 'Thôn' };
export const firm: UnitOnPath = {
  code: 'DNKT',
  name: company.name,
  kind: 'doanh_nghiep',
  kindLabel: 'Doanh nghiệp',
};

/** A person of the office rated “hoàn thành tốt”, with nothing else on record unless said. */
export const facts = (f: Partial<ProposalFacts> = {}): ProposalFacts => ({
  rating: 'hoan_thanh_tot',
  titles: [],
  initiatives: [],
  units: [office],
  restrictions: [],
  ...f,
});
