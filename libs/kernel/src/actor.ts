export const ROLES = ['owner', 'standing', 'unit', 'council', 'chairman', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who asks for a command; unit members act only for their own unit. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  unitCode?: string;
  /**
   * The organisation (province, department or commune) the account works for: it sees that
   * organisation's subtree and changes that organisation's own work only.
   */
  organisation?: string;
}

export const SYSTEM_ACTOR: Actor = { userId: 'system', username: 'system', role: 'admin' };

/** What each role is called in the offices that use ThiDua. */
export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Chủ kế hoạch',
  standing: 'Cơ quan thường trực',
  unit: 'Đơn vị',
  council: 'Hội đồng Thi đua – Khen thưởng',
  chairman: 'Chủ tịch',
  auditor: 'Kiểm toán',
  admin: 'Quản trị',
};
