import {
  COUNCIL_POSTS,
  ROLES,
  UNIT_CODE_PATTERN,
  USERNAME_PATTERN,
  sheetRows,
  type CouncilPost,
  type Role,
  type RowError,
  type SheetRow as KernelSheetRow,
} from '@kernel';

/**
 * The onboarding sheet: one row per unit (a commune, a department, a village…), and on the same
 * row, when given, a person of that unit with an account and a role. The same columns serve
 * import and export, so an exported sheet imports unchanged.
 */
export const COLUMNS = [
  { key: 'code', header: 'Mã đơn vị' },
  { key: 'name', header: 'Tên đơn vị' },
  { key: 'kind', header: 'Loại đơn vị' },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên' },
  { key: 'fullName', header: 'Họ và tên' },
  { key: 'position', header: 'Chức vụ' },
  { key: 'username', header: 'Tên đăng nhập' },
  { key: 'password', header: 'Mật khẩu ban đầu' },
  { key: 'role', header: 'Vai trò' },
  { key: 'councilPost', header: 'Chức danh trong Hội đồng' },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export type SheetRow = KernelSheetRow<ColumnKey>;
export type { RowError };

export interface OnboardingRow {
  row: number;
  unit: { code: string; name: string; kind: string; parentCode?: string };
  person?: {
    fullName: string;
    position?: string;
    /** Without a password: an account that must already exist (an exported sheet has none). */
    account?: { username: string; password?: string };
    role?: Role;
    councilPost?: CouncilPost;
  };
}

/** Vietnamese names of roles and posts, as offices type them, with their codes. */
const ROLE_NAMES: Record<string, Role> = {
  'chủ kế hoạch': 'owner',
  'cơ quan thường trực': 'standing',
  'đơn vị': 'unit',
  'hội đồng': 'council',
  'hội đồng thi đua – khen thưởng': 'council',
  'chủ tịch': 'chairman',
  'kiểm toán': 'auditor',
  'quản trị': 'admin',
};
const POST_NAMES: Record<string, CouncilPost> = {
  'chủ tịch hội đồng': 'chair',
  'phó chủ tịch hội đồng': 'vice_chair',
  'thư ký': 'secretary',
  'ủy viên': 'member',
};

const MIN_PASSWORD = 8;

/**
 * Checks every row against the sheet's own rules and what the directory knows (`knownUnits`,
 * `knownKinds`), and lists every error by row and column: nothing is written while one remains.
 * A parent may be a unit the directory has or one defined on an earlier row.
 */
export function checkSheet(
  rows: SheetRow[],
  knownUnits: ReadonlySet<string>,
  knownKinds: ReadonlySet<string>,
): { rows: OnboardingRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const parsed: OnboardingRow[] = [];
  const defined = new Set<string>();
  const usernames = new Map<string, number>();
  const header = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)!.header;
  rows.forEach((raw) => {
    const { row } = raw;
    const value = (key: ColumnKey) => raw[key]?.trim() ?? '';
    const fail = (key: ColumnKey, message: string) => errors.push({ row, column: header(key), message });
    const before = errors.length;
    const code = value('code').toUpperCase();
    if (!UNIT_CODE_PATTERN.test(code)) fail('code', 'phải là mã đơn vị: chữ in hoa, chữ số, “-” hoặc “_”');
    else if (defined.has(code)) fail('code', `mã ${code} đã có ở một dòng trước`);
    if (!value('name')) fail('name', 'không được để trống');
    const kind = value('kind').toLowerCase();
    if (!knownKinds.has(kind))
      fail('kind', `không có loại đơn vị “${value('kind')}” (xem danh mục loại đơn vị)`);
    const parentCode = value('parentCode').toUpperCase() || undefined;
    if (parentCode && !knownUnits.has(parentCode) && !defined.has(parentCode))
      fail('parentCode', `không có đơn vị mã ${parentCode} (trong danh mục hay ở dòng trước)`);
    defined.add(code);

    const fullName = value('fullName');
    const username = value('username').toLowerCase();
    const roleText = value('role').toLowerCase();
    const role = (ROLES as readonly string[]).includes(roleText) ? (roleText as Role) : ROLE_NAMES[roleText];
    const postText = value('councilPost').toLowerCase();
    const councilPost = (COUNCIL_POSTS as readonly string[]).includes(postText)
      ? (postText as CouncilPost)
      : POST_NAMES[postText];
    if (!fullName && (username || roleText)) fail('fullName', 'cần họ và tên của người có tài khoản');
    if (username) {
      if (!USERNAME_PATTERN.test(username))
        fail('username', 'chỉ gồm chữ thường không dấu, chữ số, “.”, “-”, “_”');
      else if (usernames.has(username)) fail('username', `trùng với dòng ${usernames.get(username)}`);
      usernames.set(username, row);
      const password = value('password');
      if (password && password.length < MIN_PASSWORD) fail('password', `cần ít nhất ${MIN_PASSWORD} ký tự`);
    }
    if (roleText && !role) fail('role', `không có vai trò “${value('role')}”`);
    if (role && !username) fail('username', 'cần tên đăng nhập để giao vai trò');
    if (role === 'council' && !councilPost) fail('councilPost', 'cần chức danh trong Hội đồng');
    if (errors.length > before) return;
    parsed.push({
      row,
      unit: { code, name: value('name'), kind, ...(parentCode ? { parentCode } : {}) },
      ...(fullName
        ? {
            person: {
              fullName,
              ...(value('position') ? { position: value('position') } : {}),
              ...(username
                ? { account: { username, ...(value('password') ? { password: value('password') } : {}) } }
                : {}),
              ...(role ? { role } : {}),
              ...(councilPost ? { councilPost } : {}),
            },
          }
        : {}),
    });
  });
  return { rows: parsed, errors };
}

/** Reads the header row by its Vietnamese names (in any order); code, name and kind are required. */
export const rowsOf = (table: string[][]) => sheetRows(table, COLUMNS, ['code', 'name', 'kind']);
