import { ownPassword, personWithAccount } from './accounts';
import { apiUrl, call, login } from './client';

/**
 * A commune of the city as its office would set it up for the yearly consideration: offices
 * with ten people each, a village, a company in its area, the standing agency, a unit's clerk,
 * the chairman, a council of five, and the company's director with its own council of three.
 * A fresh code per call keeps tests apart in the shared database; the commune follows its own
 * rule set (posting for 0 days, so a test reaches its decisions the same day).
 */
export interface Commune {
  code: string;
  name: string;
  jurisdiction: string;
  units: { vp: string; kt: string; vh: string; tt: string; thon: string; dn: string };
  /** Ten people per office, in office order (vp, kt, vh, tt): id, name, unit. */
  people: Array<{ id: string; fullName: string; unitCode: string }>;
  /** Two people of the company. */
  staff: Array<{ id: string; fullName: string; unitCode: string }>;
  token(who: Account): Promise<string>;
  /** How the account signs in, for a browser. */
  credentials(who: Account): { username: string; password: string };
}

export type Account =
  'standing' | 'vp' | 'chairman' | 'director' | `council${1 | 2 | 3 | 4 | 5}` | `dncouncil${1 | 2 | 3}`;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = [
  'Thị Lan',
  'Văn Hùng',
  'Minh Châu',
  'Quốc Bảo',
  'Thu Hà',
  'Đức Anh',
  'Ngọc Mai',
  'Hữu Phước',
  'Thanh Tâm',
  'Gia Huy',
];

export async function commune(): Promise<Commune> {
  const stamp = Date.now().toString(36).toUpperCase().slice(-6);
  const code = `XT${stamp}`;
  const name = `Xã Tân Tiến ${stamp}`;
  const jurisdiction = `TT-${stamp}`;
  const admin = await login('hp.quantri');
  const register = async (body: object) => {
    const reply = await call('POST', '/units', { token: admin, body });
    if (reply.status !== 201) throw new Error(`unit not registered: ${JSON.stringify(reply.body)}`);
  };
  await register({ code, name, kind: 'xa', parentCode: 'HP' });
  const units = {
    vp: `${code}-VP`,
    kt: `${code}-KT`,
    vh: `${code}-VH`,
    tt: `${code}-TT`,
    thon: `${code}-THON`,
    dn: `${code}-DN`,
  };
  for (const [unit, unitName, kind] of [
    [units.vp, 'Văn phòng HĐND và UBND', 'van_phong'],
    [units.kt, 'Phòng Kinh tế', 'phong_ban'],
    [units.vh, 'Phòng Văn hóa – Xã hội', 'phong_ban'],
    [units.tt, 'Trung tâm Phục vụ hành chính công', 'trung_tam'],
    [units.thon, 'Thôn Đông Hải', 'thon'],
    [units.dn, 'Công ty TNHH Cơ khí Tân Tiến', 'doanh_nghiep'],
  ])
    await register({ code: unit, name: unitName, kind, parentCode: code });
  const profile = await call('PUT', `/organisations/${code}/profile`, {
    token: admin,
    body: { issuingBody: `Ủy ban nhân dân xã Tân Tiến ${stamp}`, standingUnit: units.vh, jurisdiction },
  });
  if (profile.status !== 200) throw new Error(`profile not set: ${JSON.stringify(profile.body)}`);
  const published = await call('POST', '/rule-sets', {
    token: await login('admin'),
    body: {
      jurisdiction,
      effectiveFrom: '2025-01-01',
      name: `Quy chế thi đua, khen thưởng xã Tân Tiến ${stamp} (công khai 0 ngày)`,
      source: 'Dữ liệu kiểm thử',
      postingWorkingDays: 0,
      yearEnd: {
        gia_dinh_van_hoa: {
          title: true,
          postingOnly: { workingDays: 0 },
          source: 'Nghị định 86/2023/NĐ-CP (kiểm thử: công khai 0 ngày)',
        },
      },
    },
  });
  if (published.status !== 201) throw new Error(`rule set not published: ${JSON.stringify(published.body)}`);

  const person = async (fullName: string, position: string, unitCode: string) => {
    const created = await call('POST', `/organisations/${code}/people`, {
      token: admin,
      body: { fullName, position, unitCode },
    });
    if (created.status !== 201) throw new Error(`person not created: ${JSON.stringify(created.body)}`);
    return { id: created.body.person.id as string, fullName, unitCode };
  };
  const people = [];
  for (const [u, unit] of [units.vp, units.kt, units.vh, units.tt].entries())
    for (let i = 0; i < 10; i++)
      people.push(
        await person(
          `${SURNAMES[i]} ${GIVEN[(i + u * 3) % 10]} ${String.fromCharCode(65 + u)}`,
          'Chuyên viên',
          unit,
        ),
      );
  const staff = [
    await person('Phan Văn Thợ', 'Kỹ sư', units.dn),
    await person('Lý Thị Kế', 'Kế toán', units.dn),
  ];

  const accounts: Array<[Account, string, string, string | undefined, object]> = [
    [
      'standing',
      'Đỗ Thị Thường',
      'Công chức Văn hóa – Xã hội',
      units.vh,
      { role: 'standing', unitCode: units.vh },
    ],
    ['vp', 'Trịnh Văn Phòng', 'Chánh Văn phòng', units.vp, { role: 'unit', unitCode: units.vp }],
    ['chairman', 'Nguyễn Văn Chủ', 'Chủ tịch UBND xã', undefined, { role: 'chairman' }],
    ['director', 'Trương Minh Giám', 'Giám đốc Công ty', units.dn, { role: 'chairman', unitCode: units.dn }],
    ...[1, 2, 3, 4, 5].map((i): [Account, string, string, string | undefined, object] => [
      `council${i}` as Account,
      `Thành viên Hội đồng ${i}`,
      'Ủy viên',
      undefined,
      { role: 'council', councilPost: i === 1 ? 'chair' : 'member' },
    ]),
    ...[1, 2, 3].map((i): [Account, string, string, string | undefined, object] => [
      `dncouncil${i}` as Account,
      `Hội đồng Công ty ${i}`,
      'Ủy viên',
      units.dn,
      { role: 'council', unitCode: units.dn, councilPost: i === 1 ? 'chair' : 'member' },
    ]),
  ];
  const tokens = new Map<string, string>();
  for (const [who, fullName, position, unitCode, grant] of accounts)
    tokens.set(
      who,
      await personWithAccount(
        admin,
        code,
        who,
        { fullName, position, ...(unitCode ? { unitCode } : {}) },
        grant,
      ),
    );
  return {
    code,
    name,
    jurisdiction,
    units,
    people,
    staff,
    async token(who) {
      const token = tokens.get(who);
      if (!token) throw new Error(`no account for ${who}`);
      return token;
    },
    credentials: (who) => ({ username: `${code.toLowerCase()}.${who}`, password: ownPassword(who) }),
  };
}

export const RECORD_HEADER =
  'Họ và tên,Mã đơn vị,Năm,Xếp loại,"Danh hiệu, hình thức khen thưởng",Số quyết định,Ngày quyết định,Cơ quan quyết định';

/** Brings rows of the records sheet (CSV, under RECORD_HEADER) into the commune, as its standing agency. */
export async function importRecords(c: Commune, rows: string[]): Promise<Record<string, unknown>> {
  const form = new FormData();
  form.append('file', new Blob([[RECORD_HEADER, ...rows].join('\n')], { type: 'text/csv' }), 'ho-so.csv');
  const reply = await fetch(`${apiUrl()}/organisations/${c.code}/records/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await c.token('standing')}` },
    body: form,
  });
  return (await reply.json()) as Record<string, unknown>;
}
