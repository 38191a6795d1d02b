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

/** An account's user name: lower-case letters without marks, digits, “.”, “-”, “_”. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** The posts of an Emulation–Reward Council (domain.md §7). */
export const COUNCIL_POSTS = ['chair', 'vice_chair', 'secretary', 'member'] as const;
export type CouncilPost = (typeof COUNCIL_POSTS)[number];

/** A unit's code (also an organisation's): upper-case letters, digits, “-”, “_”. */
export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
