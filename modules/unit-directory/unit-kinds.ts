/**
 * Kinds of units are data (domain.md §7): these defaults cover the 2025 two-level government,
 * and an admin defines more (`DefineUnitKind`) without a release.
 */

/** Where a kind sits: the four levels that issue documents, and the units inside them. */
export const UNIT_LEVELS = ['central', 'province', 'department', 'commune', 'internal'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  central: 'Trung ương',
  province: 'Tỉnh, thành phố trực thuộc trung ương',
  department: 'Sở, ban, ngành',
  commune: 'Xã, phường, đặc khu',
  internal: 'Đơn vị trực thuộc',
};

export interface UnitKindDefinition {
  /** Lower-case ASCII, as plans name it in an indicator's `unitKinds` (e.g. `thon`). */
  code: string;
  label: string;
  level: UnitLevel;
}

export const UNIT_KIND_CODE_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

export const DEFAULT_UNIT_KINDS: readonly UnitKindDefinition[] = [
  { code: 'bo_nganh', label: 'Bộ, ngành trung ương', level: 'central' },
  { code: 'tinh', label: 'Tỉnh', level: 'province' },
  { code: 'thanh_pho', label: 'Thành phố trực thuộc trung ương', level: 'province' },
  { code: 'so_ban_nganh', label: 'Sở, ban, ngành', level: 'department' },
  { code: 'xa', label: 'Xã', level: 'commune' },
  { code: 'phuong', label: 'Phường', level: 'commune' },
  { code: 'dac_khu', label: 'Đặc khu', level: 'commune' },
  { code: 'phong_ban', label: 'Phòng, ban, ngành', level: 'internal' },
  { code: 'van_phong', label: 'Văn phòng', level: 'internal' },
  { code: 'trung_tam', label: 'Trung tâm', level: 'internal' },
  { code: 'thon', label: 'Thôn', level: 'internal' },
  { code: 'to_dan_pho', label: 'Tổ dân phố', level: 'internal' },
  { code: 'thi_tu', label: 'Thị tứ', level: 'internal' },
  { code: 'doan_the', label: 'Đoàn thể', level: 'internal' },
  { code: 'truong', label: 'Trường học', level: 'internal' },
  { code: 'tram_y_te', label: 'Trạm y tế', level: 'internal' },
  { code: 'doanh_nghiep', label: 'Doanh nghiệp', level: 'internal' },
];

/** The defaults overlaid with what admins defined (theirs win: a relabel is a definition too). */
export function kindCatalogue(defined: Record<string, UnitKindDefinition> = {}): UnitKindDefinition[] {
  const byCode = new Map(DEFAULT_UNIT_KINDS.map((k) => [k.code, k]));
  for (const kind of Object.values(defined)) byCode.set(kind.code, kind);
  return [...byCode.values()];
}

/** The level of a default kind (events from before kinds were data carry no level). */
export const defaultLevel = (kind: string): UnitLevel =>
  DEFAULT_UNIT_KINDS.find((k) => k.code === kind)?.level ?? 'internal';

/** A kind whose units issue plans and decisions: an organisation, not a unit inside one. */
export const isOrganisationLevel = (level: UnitLevel): boolean => level !== 'internal';
