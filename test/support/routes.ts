import { documentIdFor } from '@platform/ids';
import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { demoNomination, kimThanhUnits, plan863 } from '@demo';
import { apiUrl, call, jwtSecret, login } from './client';
import { smallPlan } from './fixtures';

/** Who calls: every role, the right unit and another unit, and three kinds of bad credentials. */
export const COLUMNS = [
  'owner',
  'standing',
  'unitOwn',
  'unitOther',
  'council',
  'chairman',
  'auditor',
  'admin',
  'none',
  'expired',
  'forged',
] as const;
export type Column = (typeof COLUMNS)[number];
export const USERS: Partial<Record<Column, string>> = {
  owner: 'owner',
  standing: 'vhxh',
  unitOwn: 'ttvh', // leads task I.1 and proposed the demo nomination
  unitOther: 'thonkx', // has no part in either
  council: 'council2',
  chairman: 'chairman',
  auditor: 'auditor',
  admin: 'quantri', // xã Kim Thành's own admin (the installation's `admin` sees everything)
};

const AUTHENTICATED: Column[] = [
  'owner',
  'standing',
  'unitOwn',
  'unitOther',
  'council',
  'chairman',
  'auditor',
  'admin',
];
const EVERYONE: Column[] = [...COLUMNS];
const OVERSEERS: Column[] = ['owner', 'standing', 'auditor', 'admin'];
const UNIT_MEMBERS: Column[] = ['standing', 'unitOwn', 'unitOther'];
const AUDIT: Column[] = ['auditor', 'admin'];
const READERS_OF_ALL: Column[] = [...OVERSEERS, 'council', 'chairman'];
const DOCUMENT_DRAFT = {
  form: 'bao_cao',
  subject: 'Báo cáo thử quyền',
  recipients: [],
  copies: [],
  documentDate: '2026-11-20',
  sections: [],
};

export interface Cell {
  allow: Column[];
  /** A body, or one per caller (e.g. logins, which are throttled per user name). */
  body?: unknown | ((column: Column) => unknown);
  query?: string;
  /** A POST that changes nothing (verification): a read for scopes and the read-only auditor. */
  reads?: true;
}

/** Authors of an initiative each caller may propose: a person of its own unit. */
const AUTHORS: Partial<Record<Column, string>> = {};

const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * The expected access of every route. A route the API serves without an entry here fails the
 * test: a new endpoint cannot ship without deciding who may call it.
 */
export const MATRIX: Record<string, Cell> = {
  'GET /audit/attempts': { allow: AUDIT },
  'POST /audit/checkpoints': { allow: ['admin'] },
  'GET /audit/checkpoints': { allow: AUDIT },
  'GET /audit/plans/{id}/events': { allow: AUDIT },
  'GET /audit/plans/{id}/events/export': { allow: AUDIT },
  'GET /audit/plans/{id}/state': {
    allow: AUDIT,
    query: `asOf=${encodeURIComponent(new Date().toISOString())}`,
  },
  'POST /audit/verify': { allow: AUDIT },
  'POST /auth/login': {
    allow: EVERYONE,
    body: (column: Column) => ({ username: USERS[column] ?? `kt`, password: 'demo' }),
  },
  'GET /evidence/{id}/content': { allow: [...OVERSEERS, 'unitOwn'] },
  'GET /health': { allow: EVERYONE },
  'GET /me/alerts': { allow: UNIT_MEMBERS },
  'GET /me/inbox': { allow: AUTHENTICATED },
  'GET /me/report-requests': { allow: UNIT_MEMBERS },
  'GET /me': { allow: AUTHENTICATED },
  'GET /me/tasks': { allow: UNIT_MEMBERS },
  'GET /nominations': { allow: AUTHENTICATED },
  'GET /nominations/{id}': { allow: AUTHENTICATED },
  'POST /nominations/{id}/appraisal': { allow: ['standing', 'admin'], body: { outcome: 'accept' } },
  'GET /nominations/{id}/certificate': { allow: AUTHENTICATED },
  'POST /nominations/{id}/city-decision': {
    allow: ['standing', 'admin'],
    body: {
      number: '1/QĐ-UBND',
      signedOn: '2026-11-20',
      signer: 'Lê Văn A',
      issuer: 'UBND thành phố Hải Phòng',
    },
  },
  'POST /nominations/{id}/decision': { allow: ['chairman'] },
  'POST /nominations/{id}/documents': {
    allow: ['owner', 'standing', 'unitOwn', 'admin'],
    body: { kind: 'to_trinh' },
  },
  'GET /nominations/{id}/documents/{documentId}/content': { allow: AUTHENTICATED },
  'POST /nominations/{id}/forward': {
    allow: ['standing', 'chairman', 'admin'],
    body: { letter: 'Tờ trình thử' },
  },
  'POST /nominations/{id}/objections': {
    allow: AUTHENTICATED.filter((c) => c !== 'auditor'),
    body: { text: 'Phản ánh thử quyền' },
  },
  'POST /nominations/{id}/objections/{objectionId}/resolution': {
    allow: ['standing', 'admin'],
    body: { outcome: 'dismissed', reason: 'Thử' },
  },
  'POST /nominations/{id}/submit': { allow: ['owner', 'standing', 'unitOwn', 'admin'] },
  'POST /nominations/{id}/vote/close': { allow: ['standing', 'admin'] }, // the chair too; council2 is not the chair
  'POST /nominations/{id}/votes': { allow: ['council'], body: { choice: 'yes' } },
  'POST /plans': { allow: ['owner', 'admin'], body: smallPlan() },
  'GET /plans': { allow: AUTHENTICATED },
  'PUT /plans/{id}': { allow: ['owner', 'admin'], body: plan863 },
  'GET /plans/{id}': { allow: AUTHENTICATED },
  'GET /plans/vocabulary': { allow: AUTHENTICATED },
  // The dashboard: every unit's figures, for those who read them all (not one unit's members).
  'GET /plans/{id}/overview': { allow: [...OVERSEERS, 'council', 'chairman'] },
  'GET /plans/{id}/assignments': { allow: OVERSEERS },
  'POST /plans/{id}/indicator-values': {
    allow: UNIT_MEMBERS,
    body: { indicatorCode: 'CT01', period: '2026', numerator: 1, denominator: 2 },
  },
  'POST /plans/{id}/indicators/{code}/evidence': { allow: UNIT_MEMBERS, body: { period: '2026' } },
  'GET /plans/{id}/indicators/{code}/evidence': { allow: AUTHENTICATED },
  'GET /plans/{id}/indicator-values': { allow: AUTHENTICATED },
  'POST /plans/{id}/initiatives': {
    allow: UNIT_MEMBERS,
    body: {
      title: 'Sáng kiến thử quyền',
      author: 'Trần Văn Bình',
      recognizedOn: '2026-10-10',
      description: 'Thử',
    },
  },
  'GET /plans/{id}/initiatives': { allow: AUTHENTICATED },
  'POST /plans/{id}/launch': { allow: ['owner', 'admin'] },
  'POST /plans/{id}/report-requests': {
    allow: ['owner', 'standing', 'admin'],
    body: {
      number: 'MATRIX/KT',
      issuedOn: '2026-11-01',
      subject: 'Yêu cầu thử quyền',
      dueDate: soon,
      units: ['TTVH'],
    },
  },
  'GET /plans/{id}/report-requests': { allow: AUTHENTICATED },
  'GET /plans/{id}/reports/consolidated': { allow: OVERSEERS },
  'POST /plans/{id}/report-documents': { allow: ['owner', 'standing', 'admin'], body: DOCUMENT_DRAFT },
  'GET /plans/{id}/report-documents': { allow: READERS_OF_ALL },
  'POST /organisations/{code}/records/titles': {
    allow: ['standing', 'admin'],
    body: {
      subject: { kind: 'collective', unitCode: 'TTVH' },
      year: 2025,
      form: 'Tập thể lao động tiên tiến',
      decisionNumber: 'MATRIX/QĐ-UBND',
      decidedOn: '2025-12-20',
      issuer: 'Ủy ban nhân dân xã Kim Thành',
    },
  },
  'POST /organisations/{code}/records/ratings': {
    allow: ['standing', 'admin'],
    body: { subject: { kind: 'collective', unitCode: 'TTVH' }, year: 2025, rating: 'hoan_thanh_tot' },
  },
  'GET /organisations/{code}/records': { allow: READERS_OF_ALL, query: 'unit=TTVH' },
  'POST /organisations/{code}/records/import': { allow: ['standing', 'admin'] },
  'GET /organisations/{code}/records/subjects': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'POST /organisations/{code}/initiatives': {
    allow: ['standing', 'unitOwn', 'unitOther', 'admin'],
    body: (column: Column) => ({
      kind: 'initiative',
      title: `Sáng kiến thử quyền (${column})`,
      year: 2025,
      authors: [AUTHORS[column] ?? AUTHORS.standing],
      summary: 'Thử quyền',
    }),
  },
  'GET /organisations/{code}/initiatives': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'POST /organisations/{code}/initiatives/{id}/assessment': {
    allow: ['council', 'standing', 'admin'],
    body: { outcome: 'pass', assessment: 'Đạt', assessedOn: '2025-11-20' },
  },
  'POST /organisations/{code}/initiatives/{id}/recognition': { allow: ['chairman'] },
  'POST /organisations/{code}/considerations': { allow: ['standing', 'admin'], body: { year: 2025 } },
  'GET /organisations/{code}/considerations': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'GET /considerations/{id}': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'GET /considerations/{id}/proposals': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'GET /considerations/{id}/candidates': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'POST /considerations/{id}/proposals': {
    allow: ['standing', 'unitOwn', 'unitOther', 'admin'],
    body: (column: Column) => ({
      items: [
        {
          subject: { kind: 'collective', unitCode: column === 'unitOther' ? 'THONKX' : 'TTVH' },
          form: 'tap_the_lao_dong_tien_tien',
          achievement: 'Thử quyền',
        },
      ],
    }),
  },
  'POST /considerations/{id}/proposals/{proposalId}/withdrawal': {
    allow: ['standing', 'unitOwn', 'unitOther', 'admin'],
    body: { reason: 'Thử quyền' },
  },
  'POST /considerations/{id}/proposals/{proposalId}/objections': {
    allow: ['owner', 'standing', 'unitOwn', 'unitOther', 'council', 'chairman', 'admin'],
    body: { text: 'Phản ánh thử quyền' },
  },
  'POST /considerations/{id}/proposals/{proposalId}/objections/{objectionId}/resolution': {
    allow: ['standing', 'admin'],
    body: { outcome: 'dismissed', reason: 'Thử quyền' },
  },
  'POST /considerations/{id}/vote': { allow: ['standing', 'admin'] },
  'POST /considerations/{id}/ballots': { allow: ['council'], body: { choices: {} } },
  'POST /considerations/{id}/vote/close': { allow: ['standing', 'admin'] }, // the chair too; council2 is not the chair
  'POST /considerations/{id}/decisions': { allow: ['chairman'], body: { form: 'lao_dong_tien_tien' } },
  'GET /consideration-decisions/{id}': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'GET /consideration-decisions/{id}/document': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'GET /consideration-decisions/{id}/certificates': { allow: [...READERS_OF_ALL, 'unitOwn', 'unitOther'] },
  'GET /report-documents/{id}': { allow: READERS_OF_ALL },
  'PUT /report-documents/{id}': { allow: ['owner', 'standing', 'admin'], body: DOCUMENT_DRAFT },
  'GET /report-documents/{id}/file': { allow: READERS_OF_ALL },
  'GET /report-documents/{id}/preview': { allow: READERS_OF_ALL },
  'POST /report-documents/{id}/issue': { allow: ['standing', 'chairman'], body: {} },
  'GET /report-documents/{id}/verify': { allow: READERS_OF_ALL },
  'POST /report-documents/{id}/verify': { allow: READERS_OF_ALL, reads: true },
  'POST /plans/{id}/reviews': { allow: ['owner', 'admin'], body: { phaseCode: 'GD1' } },
  'GET /plans/{id}/reviews': { allow: AUTHENTICATED },
  'GET /plans/{id}/tasks': { allow: OVERSEERS },
  'GET /report-requests/{id}': { allow: AUTHENTICATED },
  'POST /report-requests/{id}/submissions': {
    allow: UNIT_MEMBERS,
    body: { reportDate: '2026-11-20', taskResults: [], indicatorValues: [] },
  },
  'GET /report-requests/{id}/submissions': { allow: AUTHENTICATED },
  'GET /reviews/{id}': { allow: AUTHENTICATED },
  'POST /reviews/{id}/close': { allow: ['standing', 'admin'] },
  'POST /reviews/{id}/council-results': {
    allow: ['standing', 'council', 'admin'],
    body: { form: 'bang_khen_chu_tich_thanh_pho' },
  },
  'POST /reviews/{id}/nominations': {
    allow: ['owner', 'standing', 'unitOwn', 'admin'],
    body: demoNomination,
  },
  'POST /reviews/{id}/remarks': { allow: ['standing', 'admin'], body: { text: 'Nhận xét thử' } },
  'GET /rule-sets': { allow: AUTHENTICATED },
  'POST /rule-sets': {
    allow: ['admin'],
    body: { jurisdiction: 'MATRIX', effectiveFrom: '2026-01-01', name: 'Thử quyền' },
  },
  'GET /rule-sets/in-force': { allow: AUTHENTICATED },
  'GET /tasks/{id}': { allow: [...OVERSEERS, 'unitOwn'] },
  'POST /tasks/{id}/contributions': { allow: ['standing', 'unitOwn'], body: { text: 'Đóng góp thử' } },
  'POST /tasks/{id}/evidence': { allow: ['standing', 'unitOwn'], body: {} },
  'GET /tasks/{id}/evidence': { allow: [...OVERSEERS, 'unitOwn'] },
  'POST /tasks/{id}/progress': {
    allow: ['unitOwn'], // the lead only: the standing agency coordinates I.1
    body: {
      status: 'done',
      result: 'Đã thực hiện: đăng tải tin, bài trên Trang thông tin điện tử và hệ thống truyền thanh xã',
    },
  },
  'POST /units': { allow: ['owner', 'admin'], body: kimThanhUnits[0] },
  'GET /units': { allow: AUTHENTICATED },
  'POST /units/restrictions/{id}/lift': { allow: ['owner', 'standing', 'admin'], body: { reason: 'Thử' } },
  'GET /units/{code}': { allow: AUTHENTICATED },
  'POST /units/{code}/restrictions': {
    allow: ['owner', 'standing', 'admin'],
    body: { kind: 'inspection', reason: 'Kiểm tra thử quyền' },
  },
  'GET /units/{code}/restrictions': {
    allow: ['owner', 'standing', 'council', 'chairman', 'auditor', 'admin'],
  },
  // Changes are tried on a unit nobody has (an allowed caller gets 404): the demo's stay as they are.
  'POST /units/{code}/rename': { allow: ['owner', 'admin'], body: { name: 'Tên mới', on: soon } },
  'POST /units/{code}/move': { allow: ['owner', 'admin'], body: { parentCode: null, on: soon } },
  'POST /units/{code}/merge': { allow: ['owner', 'admin'], body: { into: 'VHXH', on: soon } },
  'POST /units/{code}/dissolve': { allow: ['owner', 'admin'], body: { on: soon } },
  'GET /unit-kinds': { allow: AUTHENTICATED },
  'GET /organisations/{code}/people': { allow: ['auditor', 'admin'] },
  'GET /organisations/{code}/sheet': { allow: ['auditor', 'admin'] },
  // Without a file: an allowed caller gets 400 naming `file`, nothing is imported.
  'POST /imports/preview': { allow: ['admin'] },
  'POST /imports': { allow: ['admin'] },
  'GET /imports/{id}': { allow: ['admin'] },
  'POST /organisations/{code}/people': { allow: ['admin'], body: { fullName: 'Người thử quyền' } },
  // Accounts and grants nobody has: an allowed caller gets 404, no password or role changes.
  'POST /accounts/{username}/grants': { allow: ['admin'], body: { role: 'unit', unitCode: 'TTVH' } },
  'POST /accounts/{username}/password-reset': { allow: ['admin'], body: { password: 'mat-khau-thu-quyen' } },
  'POST /accounts/{username}/disable': { allow: ['admin'], body: { reason: 'Thử quyền' } },
  'POST /accounts/{username}/enable': { allow: ['admin'] },
  'POST /grants/{id}/revoke': { allow: ['admin'], body: { reason: 'Thử quyền' } },
  // With a wrong current password: every account may try, none is changed.
  'POST /auth/password': {
    allow: AUTHENTICATED,
    body: { currentPassword: 'khong-phai-mat-khau', newPassword: 'mat-khau-moi-dai' },
  },
  // The demo's own profile again: allowed callers change nothing.
  'PUT /organisations/{code}/profile': {
    allow: ['admin'],
    body: { issuingBody: 'Ủy ban nhân dân xã Kim Thành', standingUnit: 'VHXH' },
  },
  // The post the person holds already: allowed callers change nothing.
  'POST /people/{id}/post': {
    allow: ['admin'],
    body: { unitCode: 'THONKL', position: 'Trưởng thôn', on: '2026-07-01' },
  },
  'POST /unit-kinds': {
    allow: ['admin'],
    body: { code: 'hop_tac_xa', label: 'Hợp tác xã', level: 'internal' },
  },
};

/**
 * Callers from another commune (xã Lai Khê's demo accounts), each as the column of the same role:
 * against xã Kim Thành's objects they are refused, and where their role would pass, as 404.
 */
export const OTHER_COMMUNE: Array<{ username: string; as: Column[] }> = [
  { username: 'lk.owner', as: ['owner'] },
  { username: 'lk.vhxh', as: ['standing'] },
  { username: 'lk.ttvh', as: ['unitOwn', 'unitOther'] },
  { username: 'lk.council1', as: ['council'] },
  { username: 'lk.chairman', as: ['chairman'] },
  { username: 'lk.auditor', as: ['auditor'] },
  { username: 'lk.quantri', as: ['admin'] },
];

/**
 * The city's callers (thành phố Hải Phòng, above both communes), each as the column of the same
 * role: they read their communes' work where their role may, and change none of it — but for
 * the directory, people and accounts, which a level manages for its whole subtree.
 */
export const CITY: Array<{ username: string; as: Column[] }> = [
  { username: 'hp.owner', as: ['owner'] },
  { username: 'hp.btdkt', as: ['standing'] },
  { username: 'hp.council1', as: ['council'] },
  { username: 'hp.chairman', as: ['chairman'] },
  { username: 'hp.auditor', as: ['auditor'] },
  { username: 'hp.quantri', as: ['admin'] },
];
export const SUBTREE_FAMILIES = ['units', 'organisations', 'accounts', 'grants', 'people'];

/** Credentials for every column, and ids of the demo data each route family acts on. */
export async function prepareCallers(): Promise<{
  tokens: Partial<Record<Column, string>>;
  path: (key: string) => string;
  exists: (key: string) => boolean;
}> {
  const tokens: Partial<Record<Column, string>> = {};
  for (const [column, user] of Object.entries(USERS)) tokens[column as Column] = await login(user);
  tokens.expired = jwt.sign({ sub: 'admin', exp: Math.floor(Date.now() / 1000) - 60 }, jwtSecret(), {
    issuer: 'thidua',
  });
  tokens.forged = jwt.sign({ sub: 'admin', role: 'admin' }, 'not-the-secret-but-long-enough', {
    issuer: 'thidua',
    expiresIn: 600,
  });
  const owner = tokens.owner!;
  const ids: Record<string, string> = {};
  ids.plans = process.env.THIDUA_DEMO_PLAN_ID!;
  ids.nominations = process.env.THIDUA_DEMO_NOMINATION_ID!;
  ids.reviews = (await call('GET', `/nominations/${ids.nominations}`, { token: owner })).body.reviewId;
  const tasks = (await call('GET', `/plans/${ids.plans}/tasks?limit=100`, { token: owner })).body.items;
  ids.tasks = tasks.find((t: { code: string }) => t.code === 'I.1').taskId;
  ids['report-requests'] = (
    await call('GET', `/plans/${ids.plans}/report-requests`, { token: owner })
  ).body.items[0].id;
  // A date of its own, and its id as the API derives it (plan, date, form): the matrix's own
  // writes revise this document, so a later caller of this set-up finds it drafted already.
  const matrixDraft = { ...DOCUMENT_DRAFT, documentDate: '2026-11-19' };
  const drafted = await call('POST', `/plans/${ids.plans}/report-documents`, {
    token: owner,
    body: matrixDraft,
  });
  if (drafted.status >= 300 && drafted.body?.code !== 'ALREADY_EXISTS')
    throw new Error(`the matrix's report document: ${JSON.stringify(drafted.body)}`);
  ids['report-documents'] = documentIdFor(ids.plans, matrixDraft.documentDate, matrixDraft.form);
  const form = new FormData();
  form.append('file', new Blob(['Minh chứng thử quyền'], { type: 'text/plain' }), 'minh-chung.txt');
  const uploaded = await fetch(`${apiUrl()}/tasks/${ids.tasks}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.unitOwn}` },
    body: form,
  });
  ids.evidence = ((await uploaded.json()) as { id: string }).id;
  const person = await call('POST', '/organisations/XA-KIM-THANH/people', {
    token: tokens.admin,
    body: { fullName: 'Đặng Văn Thôn', position: 'Trưởng thôn', unitCode: 'THONKL' },
  });
  ids.people = person.body.person.id;
  for (const [column, unitCode] of [
    ['unitOwn', 'TTVH'],
    ['unitOther', 'THONKX'],
  ] as const) {
    const author = await call('POST', '/organisations/XA-KIM-THANH/people', {
      token: tokens.admin,
      body: { fullName: `Tác giả ${unitCode}`, position: 'Viên chức', unitCode },
    });
    AUTHORS[column] = author.body.person.id;
  }
  AUTHORS.standing = AUTHORS.admin = ids.people;
  ids.initiatives = (
    await call('POST', '/organisations/XA-KIM-THANH/initiatives', {
      token: tokens.standing,
      body: {
        kind: 'initiative',
        title: 'Sáng kiến của ma trận quyền',
        year: 2025,
        authors: [ids.people],
        summary: '—',
      },
    })
  ).body.id;
  ids.considerations = (
    await call('POST', '/organisations/XA-KIM-THANH/considerations', {
      token: tokens.standing,
      body: { year: 2025 },
    })
  ).body.id;
  ids['consideration-decisions'] = `${ids.considerations}-lao_dong_tien_tien-1`;
  const path = (key: string): string => {
    const [, template] = key.split(' ');
    const family = template.startsWith('/audit/plans') ? 'plans' : template.split('/')[1];
    const named = template.includes('/initiatives/{id}') ? 'initiatives' : family;
    return template
      .replace('{id}', ['units', 'grants', 'imports'].includes(family) ? randomUUID() : ids[named])
      .replace('{username}', 'khong-co-tai-khoan')
      .replace(
        '{code}',
        family === 'organisations'
          ? 'XA-KIM-THANH'
          : /\/(rename|move|merge|dissolve)$/.test(template)
            ? 'KHONGCO'
            : 'DNKT',
      )
      .replace(/\{\w+Id\}/g, () => randomUUID());
  };
  /** Does every object the route names exist? (Others are random: their 404 is the handler's.) */
  const exists = (key: string): boolean => {
    const [, template] = key.split(' ');
    const family = template.startsWith('/audit/plans') ? 'plans' : template.split('/')[1];
    if (/\{(username|\w+Id)\}/.test(template)) return false;
    if (template.includes('{id}') && ['units', 'grants', 'imports'].includes(family)) return false;
    if (family === 'consideration-decisions') return false;
    return !/\{code\}\/(rename|move|merge|dissolve)$/.test(template);
  };
  return { tokens, path, exists };
}
