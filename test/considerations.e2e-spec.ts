import JSZip from 'jszip';
import { apiUrl, call, download, pdfText, sql, squash } from './support/client';
import { commune, importRecords, type Commune } from './support/commune';

/**
 * The yearly consideration (bình xét thi đua cuối năm) of a commune with 40 people in 4 offices:
 * ratings brought in from a sheet, an initiative recognised through its own step, proposals
 * judged against the rule set and each one's record (refusals with their reasons), the
 * council's ballots, the cap on Chiến sĩ thi đua cơ sở, one decision per form listing every
 * recipient with the money, the certificates as one file; then the next year, a title that
 * needs consecutive years. On the real stack: PostgreSQL, Temporal, LibreOffice.
 */
describe('the yearly consideration of a commune', () => {
  let c: Commune;
  let id: string;
  const byName = new Map<string, any>();
  const proposalOf = (personId: string, form: string) =>
    [...byName.values()].find((p) => p.subject.personId === personId && p.form === form);
  /** The six proposed for CSTĐCS: five with a recognised initiative, the sixth without. */
  const cstd = () => c.people.slice(0, 6);
  const individual = (personId: string, form: string) => ({
    subject: { kind: 'individual', personId },
    form,
    achievement: 'Hoàn thành tốt nhiệm vụ được giao năm 2025',
  });
  const propose = async (token: string, items: object[], year = 2025) => {
    const reply = await call('POST', `/considerations/${c.code}-${year}/proposals`, {
      token,
      body: { items },
    });
    expect(reply.status).toBe(200);
    for (const p of reply.body) byName.set(p.id, p);
    return reply.body as any[];
  };

  beforeAll(async () => {
    c = await commune();
  }, 120_000);

  it('imports the year’s ratings and past titles from a sheet', async () => {
    const body = await importRecords(c, [
      // The first 32 did their duties well or better; the last 8 only "hoàn thành".
      ...c.people.map(
        (p, i) =>
          `${p.fullName},${p.unitCode},2025,${i < 5 ? 'Hoàn thành xuất sắc nhiệm vụ' : i < 32 ? 'Hoàn thành tốt nhiệm vụ' : 'Hoàn thành nhiệm vụ'},,,,`,
      ),
      ...c.staff.map((p) => `${p.fullName},${p.unitCode},2025,Hoàn thành tốt nhiệm vụ,,,,`),
      `${c.people[0].fullName},${c.people[0].unitCode},2024,,Chiến sĩ thi đua cơ sở,88/QĐ-UBND,20/12/2024,Ủy ban nhân dân xã Tân Tiến`,
      `${c.people[0].fullName},${c.people[0].unitCode},2023,,CSTĐCS,70/QĐ-UBND,22/12/2023,Ủy ban nhân dân xã Tân Tiến`,
    ]);
    expect(body).toMatchObject({ imported: true, ratings: 42, titles: 2, errors: [] });
  });

  it('recognises an initiative through its own step: proposal, the council’s assessment, recognition', async () => {
    const route = `/organisations/${c.code}/initiatives`;
    const proposed = await call('POST', route, {
      token: await c.token('vp'),
      body: {
        kind: 'initiative',
        title: 'Số hóa hồ sơ một cửa bằng mã QR',
        year: 2025,
        authors: c.people
          .slice(0, 5)
          .filter((p) => p.unitCode === c.units.vp)
          .map((p) => p.id),
        summary: 'Rút thời gian tra cứu hồ sơ từ 15 phút xuống 1 phút',
      },
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      authors: c.people.slice(0, 5).map((p) => p.id),
    });
    const early = await call('POST', `${route}/${proposed.body.id}/recognition`, {
      token: await c.token('chairman'),
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('INITIATIVE_WRONG_STATUS');
    const assessed = await call('POST', `${route}/${proposed.body.id}/assessment`, {
      token: await c.token('council1'),
      body: { outcome: 'pass', assessment: 'Đạt: có tính mới, áp dụng hiệu quả', assessedOn: '2025-11-20' },
    });
    expect(assessed.body).toMatchObject({ status: 'accepted' });
    const recognised = await call('POST', `${route}/${proposed.body.id}/recognition`, {
      token: await c.token('chairman'),
    });
    expect(recognised.body).toMatchObject({ status: 'recognised', recognisedBy: 'Nguyễn Văn Chủ' });
  });

  it('takes proposals from the units’ lists, each judged against the rules and the record', async () => {
    const opened = await call('POST', `/organisations/${c.code}/considerations`, {
      token: await c.token('standing'),
      body: { year: 2025 },
    });
    expect(opened.status).toBe(201);
    id = opened.body.id;
    expect(opened.body).toMatchObject({ id: `${c.code}-2025`, status: 'open', year: 2025 });
    expect(opened.body.forms.map((f: { form: string }) => f.form)).toContain('chien_si_thi_dua_co_so');

    // The office's clerk proposes from its own list; another office's people are not its to propose.
    const vp = await c.token('vp');
    const list = await call('GET', `/considerations/${id}/candidates`, { token: vp });
    // Its ten people and its clerk; each with the year's rating and record.
    expect(list.body.filter((x: { kind: string }) => x.kind === 'individual')).toHaveLength(11);
    expect(list.body.find((x: { personId?: string }) => x.personId === c.people[0].id)).toMatchObject({
      rating: 'hoan_thanh_xuat_sac',
      initiatives: ['Số hóa hồ sơ một cửa bằng mã QR'],
      titles: [
        { year: 2024, form: 'Chiến sĩ thi đua cơ sở' },
        { year: 2023, form: 'CSTĐCS' },
      ],
    });
    const foreign = await call('POST', `/considerations/${id}/proposals`, {
      token: vp,
      body: { items: [individual(c.people[15].id, 'lao_dong_tien_tien')] },
    });
    expect(foreign.status).toBe(403);

    const office = c.people.slice(0, 10);
    await propose(vp, [
      ...office.map((p) => individual(p.id, 'lao_dong_tien_tien')),
      ...cstd().map((p) => individual(p.id, 'chien_si_thi_dua_co_so')),
    ]);
    const standing = await c.token('standing');
    await propose(
      standing,
      c.people.slice(10, 30).map((p) => individual(p.id, 'lao_dong_tien_tien')),
    );
    const lazy = await propose(standing, [individual(c.people[35].id, 'lao_dong_tien_tien')]);
    expect(lazy[0]).toMatchObject({
      status: 'refused',
      reasons: [
        'Năm 2025 xếp loại “Hoàn thành nhiệm vụ”; Lao động tiên tiến cần “Hoàn thành tốt nhiệm vụ” trở lên',
      ],
    });
    const ldtt = [...byName.values()].filter(
      (p) => p.form === 'lao_dong_tien_tien' && p.status === 'proposed',
    );
    expect(ldtt).toHaveLength(30);
    const noInitiative = proposalOf(c.people[5].id, 'chien_si_thi_dua_co_so');
    expect(noInitiative).toMatchObject({ status: 'refused' });
    expect(noInitiative.reasons).toEqual([
      'Chiến sĩ thi đua cơ sở cần sáng kiến được công nhận hoặc đề tài khoa học được nghiệm thu, áp dụng năm 2025; chưa có',
    ]);
    expect(
      [...byName.values()].filter((p) => p.form === 'chien_si_thi_dua_co_so' && p.status === 'proposed'),
    ).toHaveLength(5);

    const [office1, village, companyStaff, household] = await propose(standing, [
      {
        subject: { kind: 'collective', unitCode: c.units.kt },
        form: 'thon_van_hoa',
        achievement: 'Phong trào văn hóa',
      },
      {
        subject: { kind: 'collective', unitCode: c.units.thon },
        form: 'thon_van_hoa',
        achievement: 'Đạt chuẩn văn hóa',
      },
      individual(c.staff[0].id, 'lao_dong_tien_tien'),
      {
        subject: {
          kind: 'household',
          unitCode: c.units.thon,
          head: 'Phạm Văn Hùng',
          address: 'Xóm 2, Thôn Đông Hải',
        },
        form: 'gia_dinh_van_hoa',
        achievement: 'Gia đình văn hóa năm 2025',
      },
    ]);
    expect(office1.status).toBe('refused');
    expect(office1.reasons[0]).toMatch(
      /^Thôn, tổ dân phố văn hóa chỉ xét tặng cho thon, to dan pho: Phòng Kinh tế là/,
    );
    expect(village.status).toBe('proposed');
    expect(companyStaff.status).toBe('refused');
    expect(companyStaff.reasons[0]).toMatch(
      /do Giám đốc Công ty TNHH Cơ khí Tân Tiến xét tặng, không thuộc thẩm quyền/,
    );
    // Gia đình văn hóa: posted in its village at once, no council vote.
    expect(household).toMatchObject({ status: 'approved', tally: null });
  });

  it('lets the council vote on every nominee, then applies the cap on Chiến sĩ thi đua cơ sở', async () => {
    const opened = await call('POST', `/considerations/${id}/vote`, { token: await c.token('standing') });
    expect(opened.body).toMatchObject({ status: 'voting', members: expect.any(Array) });
    const ballot: string[] = opened.body.voting;
    expect(ballot).toHaveLength(36); // 30 LĐTT, 5 CSTĐCS, the village
    const household = [...byName.values()].find((p) => p.form === 'gia_dinh_van_hoa');
    expect(ballot).not.toContain(household.id);

    const inbox = await call('GET', '/me/inbox', { token: await c.token('council2') });
    expect(inbox.body).toContainEqual(
      expect.objectContaining({ kind: 'vote', link: `/considerations/${id}` }),
    );
    const partial = await call('POST', `/considerations/${id}/ballots`, {
      token: await c.token('council2'),
      body: { choices: { [ballot[0]]: 'yes' } },
    });
    expect(partial.status).toBe(422);
    expect(partial.body).toMatchObject({ code: 'BALLOT_INCOMPLETE', details: { field: 'choices' } });

    // All say yes, but one member says no to the fourth CSTĐCS: 4 of 5 still meets 80 %, and
    // the cap (15 % of 30 LĐTT → 4 places) leaves it out, with the fewest votes.
    const fourth = proposalOf(c.people[3].id, 'chien_si_thi_dua_co_so').id;
    for (const member of [1, 2, 3, 4, 5] as const) {
      const choices = Object.fromEntries(ballot.map((p) => [p, member === 5 && p === fourth ? 'no' : 'yes']));
      const cast = await call('POST', `/considerations/${id}/ballots`, {
        token: await c.token(`council${member}`),
        body: { choices },
      });
      expect(cast.status).toBe(200);
    }
    const closed = await call('POST', `/considerations/${id}/vote/close`, {
      token: await c.token('council1'),
    });
    expect(closed.body).toMatchObject({ status: 'concluded' });
    const proposals = (
      await call('GET', `/considerations/${id}/proposals`, { token: await c.token('standing') })
    ).body as any[];
    const over = proposals.filter((p) => p.status === 'over_cap');
    expect(over.map((p) => p.id)).toEqual([fourth]);
    expect(over[0].basis).toBe(
      'Vượt tỷ lệ: Chiến sĩ thi đua cơ sở không quá 15 % số Lao động tiên tiến (30 → 4 suất); xếp thứ 5/5 theo số phiếu đồng ý (4)',
    );
    expect(proposals.filter((p) => p.status === 'approved' && p.form === 'lao_dong_tien_tien')).toHaveLength(
      30,
    );
    expect(
      proposals.filter((p) => p.status === 'approved' && p.form === 'chien_si_thi_dua_co_so'),
    ).toHaveLength(4);

    // An objection while posted holds the proposal back until the standing agency resolves it.
    const objected = proposalOf(c.people[29].id, 'lao_dong_tien_tien').id;
    const raised = await call('POST', `/considerations/${id}/proposals/${objected}/objections`, {
      token: await c.token('vp'),
      body: { text: 'Đề nghị xác minh ngày công năm 2025' },
    });
    expect(raised.body).toMatchObject({ status: 'suspended', statusLabel: 'Tạm dừng do có ý kiến phản ánh' });
    const dismissed = await call(
      'POST',
      `/considerations/${id}/proposals/${objected}/objections/${raised.body.objections[0].id}/resolution`,
      {
        token: await c.token('standing'),
        body: { outcome: 'dismissed', reason: 'Đã xác minh: đủ ngày công' },
      },
    );
    expect(dismissed.body).toMatchObject({ status: 'approved', objections: [{ status: 'dismissed' }] });
  });

  it('has the chairman sign one decision per form, listing every recipient with the money and the total', async () => {
    const awaiting = await call('GET', '/me/inbox', { token: await c.token('chairman') });
    expect(awaiting.body).toContainEqual(
      expect.objectContaining({
        kind: 'decision',
        title: expect.stringMatching(
          /^Bình xét thi đua năm 2025, chờ ký quyết định: .*Lao động tiên tiến \(30\)/,
        ),
        link: `/considerations/${id}`,
      }),
    );
    const director = await call('POST', `/considerations/${id}/decisions`, {
      token: await c.token('director'),
      body: { form: 'lao_dong_tien_tien' },
    });
    expect(director.status).toBe(403);
    const chairman = await c.token('chairman');
    const signed = await call('POST', `/considerations/${id}/decisions`, {
      token: chairman,
      body: { form: 'lao_dong_tien_tien' },
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      form: 'lao_dong_tien_tien',
      number: '1/QĐ-UBND',
      signer: 'Nguyễn Văn Chủ',
      baseSalary: { amount: 2_340_000, from: '2024-07-01' },
      total: 30 * 710_000,
    });
    expect(signed.body.recipients).toHaveLength(30);
    expect(signed.body.recipients.every((r: { amount: number }) => r.amount === 710_000)).toBe(true);
    // Signed already: asking again gives the same decision, no second number.
    const again = await call('POST', `/considerations/${id}/decisions`, {
      token: chairman,
      body: { form: 'lao_dong_tien_tien' },
    });
    expect(again.body.number).toBe('1/QĐ-UBND');
    const cs = await call('POST', `/considerations/${id}/decisions`, {
      token: chairman,
      body: { form: 'chien_si_thi_dua_co_so' },
    });
    expect(cs.body).toMatchObject({ number: '2/QĐ-UBND', total: 4 * 2_340_000 });
    const family = await call('POST', `/considerations/${id}/decisions`, {
      token: chairman,
      body: { form: 'gia_dinh_van_hoa' },
    });
    expect(family.body).toMatchObject({ number: '3/QĐ-UBND', total: 0 });
    expect(family.body.recipients[0].subject).toMatchObject({ kind: 'household', head: 'Phạm Văn Hùng' });
    // Posted, then decided: never on the council's ballot.
    const household = family.body.recipients[0].proposalId;
    const events = await sql(
      `SELECT type FROM events WHERE stream_id = $1 AND data::text LIKE $2 ORDER BY position`,
      [`consideration-${id}`, `%${household}%`],
    );
    expect(events.map((e) => e.type)).toEqual(['ProposalMade', 'PostingStarted', 'DecisionSigned']);

    const docx = await download(`/consideration-decisions/${signed.body.id}/document`, chairman);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025');
    expect(text).toContain('21.300.000');
    for (const p of c.people.slice(0, 30)) expect(text).toContain(p.fullName);

    const certificates = await download(`/consideration-decisions/${signed.body.id}/certificates`, chairman);
    const printed = await pdfText(certificates);
    expect(printed.pages).toBe(30);
    expect(printed.squashed).toContain(squash('Danh hiệu “Lao động tiên tiến” năm 2025'));
    for (const p of c.people.slice(10, 30)) expect(printed.squashed).toContain(squash(p.fullName));
    const pdf = await fetch(`${apiUrl()}/consideration-decisions/${signed.body.id}/certificates?format=pdf`, {
      headers: { authorization: `Bearer ${chairman}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');

    // The titles are now in each recipient's record, as granted through ThiDua.
    const record = await call('GET', `/organisations/${c.code}/records?person=${c.people[0].id}`, {
      token: chairman,
    });
    expect(record.body.titles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          year: 2025,
          form: 'Lao động tiên tiến',
          decisionNumber: '1/QĐ-UBND',
          source: 'thidua',
        }),
        expect.objectContaining({
          year: 2025,
          form: 'Chiến sĩ thi đua cơ sở',
          decisionNumber: '2/QĐ-UBND',
          source: 'thidua',
        }),
      ]),
    );
  });

  it('leaves the company’s staff to its director: refused to the commune chairman, signed by the director', async () => {
    const standing = await c.token('standing');
    const opened = await call('POST', `/organisations/${c.code}/considerations`, {
      token: standing,
      body: { year: 2025, unitCode: c.units.dn },
    });
    expect(opened.body).toMatchObject({ id: `${c.units.dn}-2025`, headTitle: 'Giám đốc' });
    const company = opened.body.id;
    const [made] = (
      await call('POST', `/considerations/${company}/proposals`, {
        token: standing,
        body: { items: [individual(c.staff[0].id, 'lao_dong_tien_tien')] },
      })
    ).body;
    expect(made.status).toBe('proposed');
    const vote = await call('POST', `/considerations/${company}/vote`, { token: standing });
    expect(vote.body.members).toHaveLength(3);
    for (const member of [1, 2, 3] as const)
      await call('POST', `/considerations/${company}/ballots`, {
        token: await c.token(`dncouncil${member}`),
        body: { choices: { [made.id]: 'yes' } },
      });
    await call('POST', `/considerations/${company}/vote/close`, { token: standing });
    const refused = await call('POST', `/considerations/${company}/decisions`, {
      token: await c.token('chairman'),
      body: { form: 'lao_dong_tien_tien' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/do Giám đốc Công ty TNHH Cơ khí Tân Tiến ký/);
    const signed = await call('POST', `/considerations/${company}/decisions`, {
      token: await c.token('director'),
      body: { form: 'lao_dong_tien_tien' },
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      number: '1/QĐ-CT',
      issuer: 'Công ty TNHH Cơ khí Tân Tiến',
      headTitle: 'Giám đốc',
      signer: 'Trương Minh Giám',
      total: 710_000,
    });
  });

  it('the next year, accepts a title needing consecutive years for one with the record, refuses one without', async () => {
    const [p, q] = c.people;
    const standing = await c.token('standing');
    for (const person of [p, q])
      await call('POST', `/organisations/${c.code}/records/ratings`, {
        token: standing,
        body: { subject: { kind: 'person', personId: person.id }, year: 2026, rating: 'hoan_thanh_xuat_sac' },
      });
    const route = `/organisations/${c.code}/initiatives`;
    const initiative = await call('POST', route, {
      token: standing,
      body: {
        kind: 'scientific_topic',
        title: 'Ứng dụng bản đồ số quản lý đất công',
        year: 2026,
        authors: [p.id, q.id],
        summary: 'Đề tài cấp cơ sở được nghiệm thu và áp dụng',
      },
    });
    await call('POST', `${route}/${initiative.body.id}/assessment`, {
      token: standing,
      body: { outcome: 'pass', assessment: 'Nghiệm thu đạt', assessedOn: '2026-11-25' },
    });
    await call('POST', `${route}/${initiative.body.id}/recognition`, { token: await c.token('chairman') });
    const opened = await call('POST', `/organisations/${c.code}/considerations`, {
      token: standing,
      body: { year: 2026 },
    });
    expect(opened.status).toBe(201);
    const made = await propose(
      standing,
      [p, q].flatMap((x) =>
        ['chien_si_thi_dua_cap_tinh', 'chien_si_thi_dua_co_so', 'lao_dong_tien_tien'].map((form) =>
          individual(x.id, form),
        ),
      ),
      2026,
    );
    const title = (personId: string) =>
      made.find((m) => m.subject.personId === personId && m.form === 'chien_si_thi_dua_cap_tinh');
    // p: CSTĐCS 2024 (imported) and 2025 (granted above), proposed for 2026.
    expect(title(p.id)).toMatchObject({ status: 'proposed', reasons: [] });
    expect(title(q.id)).toMatchObject({
      status: 'refused',
      reasons: [
        'Chiến sĩ thi đua thành phố cần đạt Chiến sĩ thi đua cơ sở 3 năm liên tục (2024–2026); hồ sơ chưa có năm 2024',
      ],
    });
  });
});
