import { personWithAccount } from './accounts';
import { call, login } from './client';

/**
 * A department of the city (sở) with its offices and the people who report: registered by the
 * city's admin the way an office would, so the tests meet the organisation as users build it.
 * A fresh code per call keeps tests apart in the shared database.
 */
export interface Department {
  code: string;
  name: string;
  offices: Array<{ code: string; name: string }>;
  /** A signed-in account of the department: owner, standing (its office), a unit's member, chairman, deputy. */
  token(who: 'owner' | 'standing' | 'chairman' | 'deputy' | { unit: string }): Promise<string>;
}

const OFFICES = [
  { suffix: 'VP', name: 'Văn phòng Sở', kind: 'van_phong' },
  { suffix: 'KHTC', name: 'Phòng Kế hoạch – Tài chính', kind: 'phong_ban' },
  { suffix: 'QLKH', name: 'Phòng Quản lý khoa học', kind: 'phong_ban' },
  { suffix: 'CDS', name: 'Phòng Chuyển đổi số', kind: 'phong_ban' },
  { suffix: 'TTDV', name: 'Trung tâm Dịch vụ khoa học và công nghệ', kind: 'trung_tam' },
] as const;

export async function department(): Promise<Department> {
  const stamp = Date.now().toString(36).toUpperCase().slice(-6);
  const code = `SO${stamp}`;
  const name = 'Sở Khoa học và Công nghệ';
  const admin = await login('hp.quantri');
  const register = async (body: object) => {
    const reply = await call('POST', '/units', { token: admin, body });
    if (reply.status !== 201) throw new Error(`unit not registered: ${JSON.stringify(reply.body)}`);
  };
  await register({ code, name, kind: 'so_ban_nganh', parentCode: 'HP' });
  const offices = OFFICES.map((o) => ({
    code: `${code}-${o.suffix}`,
    name: o.name,
    kind: o.kind,
    suffix: o.suffix,
  }));
  for (const { suffix: _, ...office } of offices) await register({ ...office, parentCode: code });
  const standing = offices[0].code;
  const profile = await call('PUT', `/organisations/${code}/profile`, {
    token: admin,
    body: { issuingBody: name, standingUnit: standing },
  });
  if (profile.status !== 200) throw new Error(`profile not set: ${JSON.stringify(profile.body)}`);

  const people: Array<[string, string, string, object]> = [
    ['owner', 'Lê Văn Kế', 'Chánh Văn phòng', { role: 'owner' }],
    ['standing', 'Đỗ Thị Thường', 'Chuyên viên Văn phòng', { role: 'standing', unitCode: standing }],
    ['chairman', 'Nguyễn Minh Giám', 'Giám đốc Sở', { role: 'chairman' }],
    ['deputy', 'Trần Quốc Phó', 'Phó Giám đốc Sở', { role: 'chairman', deputy: true }],
    ...offices.map((o): [string, string, string, object] => [
      o.suffix.toLowerCase(),
      `Cán bộ ${o.name}`,
      'Chuyên viên',
      { role: 'unit', unitCode: o.code },
    ]),
  ];
  const tokens = new Map<string, string>();
  for (const [who, fullName, position, grant] of people)
    tokens.set(who, await personWithAccount(admin, code, who, { fullName, position }, grant));
  return {
    code,
    name,
    offices: offices.map(({ code, name }) => ({ code, name })),
    async token(who) {
      const key = typeof who === 'string' ? who : who.unit.slice(code.length + 1).toLowerCase();
      const token = tokens.get(key);
      if (!token) throw new Error(`no account for ${JSON.stringify(who)}`);
      return token;
    },
  };
}
