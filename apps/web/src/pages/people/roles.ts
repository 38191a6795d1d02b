import type { components } from '../../api/schema';

type GrantDto = components['schemas']['GrantDto'];

/** The roles as offices name them (the API's `ROLE_LABELS`). */
export const ROLE_OPTIONS: Array<{ value: GrantDto['role']; label: string }> = [
  { value: 'owner', label: 'Chủ kế hoạch' },
  { value: 'standing', label: 'Cơ quan thường trực' },
  { value: 'unit', label: 'Đơn vị' },
  { value: 'council', label: 'Hội đồng Thi đua – Khen thưởng' },
  { value: 'chairman', label: 'Chủ tịch' },
  { value: 'auditor', label: 'Kiểm toán' },
  { value: 'admin', label: 'Quản trị' },
];

export const COUNCIL_POST_OPTIONS: Array<{ value: NonNullable<GrantDto['councilPost']>; label: string }> = [
  { value: 'chair', label: 'Chủ tịch Hội đồng' },
  { value: 'vice_chair', label: 'Phó Chủ tịch Hội đồng' },
  { value: 'secretary', label: 'Thư ký' },
  { value: 'member', label: 'Ủy viên' },
];

export const roleLabel = (role: string) => ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role;
export const needsUnit = (role?: string) => role === 'unit' || role === 'standing';
