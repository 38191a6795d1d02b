import { plan863 } from '@demo';
import { call, docxText, eventually, login, sql } from './support/client';
import {
  closedReview,
  closeVote,
  COUNCIL,
  DOSSIER,
  status,
  toVote,
  untilStatus,
  upload,
  vote,
} from './support/rewards';

describe('reviews', () => {
  it('scores every unit from the recorded facts, shows why, and fixes the scores when closed', async () => {
    const { plan, review } = await closedReview();
    expect(review.scores.map((s: any) => s.unitCode).sort()).toEqual(['THONKL', 'THONKX', 'TTVH', 'VP']);
    const ttvh = review.scores.find((s: any) => s.unitCode === 'TTVH');
    const thonkl = review.scores.find((s: any) => s.unitCode === 'THONKL');
    expect(ttvh).toMatchObject({ tasks: { lead: 1, done: 1, onTime: 1 } });
    expect(thonkl).toMatchObject({ tasks: { lead: 1, done: 0 } });
    expect(ttvh.score).toBeGreaterThan(thonkl.score);
    expect(ttvh.rank).toBeLessThan(thonkl.rank);
    expect(ttvh.reasons[0]).toBe('Chủ trì 1 nhiệm vụ: 1 đã thực hiện, 1 đúng hạn');
    const vp = review.scores.find((s: any) => s.unitCode === 'VP');
    expect(vp.reasons).toContain('CT01 Tỷ lệ hồ sơ trực tuyến: chưa có số liệu – chưa đạt');

    // Later work does not move a closed review.
    const { body: tasks } = await call('GET', `/plans/${plan.id}/tasks`, { token: await login('owner') });
    const i2 = tasks.items.find((t: any) => t.code === 'I.2').taskId;
    await call('POST', `/tasks/${i2}/progress`, {
      token: await login('thonkl'),
      body: { status: 'done', result: 'Xong' },
    });
    const again = await call('GET', `/reviews/${review.id}`, { token: await login('auditor') });
    expect(again.body.scores).toEqual(review.scores);
    expect(again.body.live).toBe(false);
    const late = await call('POST', `/reviews/${review.id}/remarks`, {
      token: await login('vhxh'),
      body: { text: 'Muộn' },
    });
    expect(late.status).toBe(409);
  });
});

describe('the rewards path', () => {
  it('is signed by whoever holds the office that day: a deputy signs “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” in their own name', async () => {
    const username = `pct.${Date.now().toString(36)}`;
    const opened = await call('POST', '/organisations/XA-KIM-THANH/people', {
      token: await login('quantri'),
      body: {
        fullName: 'Đỗ Thị Phó',
        position: 'Phó Chủ tịch UBND xã',
        account: { username, password: 'cap-lan-dau-2026' },
        grants: [{ role: 'chairman', deputy: true }],
      },
    });
    expect(opened.status).toBe(201);
    const first = (await call('POST', '/auth/login', { body: { username, password: 'cap-lan-dau-2026' } }))
      .body;
    await call('POST', '/auth/password', {
      token: first.accessToken,
      body: { currentPassword: 'cap-lan-dau-2026', newPassword: 'rieng-cua-pho-1' },
    });
    const { review } = await closedReview();
    const id = await toVote(review.id, 'ttvh', {
      subject: { kind: 'collective', unitCode: 'TTVH' },
      form: 'giay_khen_chu_tich_xa',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ tuyên truyền chuyển đổi số giai đoạn 1',
    });
    await vote(id, 9, 0);
    await closeVote(id);
    await untilStatus(id, 'awaiting_decision');
    const decided = await call('POST', `/nominations/${id}/decision`, { token: first.accessToken });
    expect(decided.body.state.decision).toMatchObject({ signer: 'Đỗ Thị Phó', deputy: true });
    const text = await docxText(`/nominations/${id}/certificate`, await login('ttvh'));
    for (const expected of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đỗ Thị Phó']) expect(text).toContain(expected);
  });

  it('takes a Giấy khen from review to a numbered decision and its certificate', async () => {
    const { review } = await closedReview();
    const id = await toVote(review.id, 'ttvh', {
      subject: { kind: 'collective', unitCode: 'TTVH' },
      form: 'giay_khen_chu_tich_xa',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ tuyên truyền chuyển đổi số giai đoạn 1',
    });
    const inbox = await call('GET', '/me/inbox', { token: await login('council5') });
    expect(inbox.body.some((i: any) => i.kind === 'vote' && i.link === `/nominations/${id}`)).toBe(true);
    await vote(id, 9, 0);
    const concluded = await closeVote(id);
    expect(concluded.body.state.tally).toMatchObject({ yes: 9, passed: true });
    await untilStatus(id, 'awaiting_decision');
    const chairInbox = await call('GET', '/me/inbox', { token: await login('chairman') });
    expect(chairInbox.body.some((i: any) => i.kind === 'decision' && i.link === `/nominations/${id}`)).toBe(
      true,
    );

    const decided = await call('POST', `/nominations/${id}/decision`, { token: await login('chairman') });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('decided');
    const { number, signer } = decided.body.state.decision;
    expect(number).toMatch(/^\d+\/QĐ-UBND$/);
    const again = await call('POST', `/nominations/${id}/decision`, { token: await login('chairman') });
    expect(again.body.state.decision.number).toBe(number);

    const text = await docxText(`/nominations/${id}/certificate`, await login('ttvh'));
    for (const expected of [
      'GIẤY KHEN',
      'Trung tâm Văn hóa, Thể thao – Truyền thông',
      `Quyết định số ${number}`,
      signer,
      'TẶNG',
    ])
      expect(text).toContain(expected);
    const steps = decided.body.steps.map((s: any) => s.type);
    expect(steps).toEqual(
      expect.arrayContaining([
        'NominationProposed',
        'NominationSubmitted',
        'AppraisalAccepted',
        'VoteConcluded',
        'PostingStarted',
        'PostingEnded',
        'DecisionSigned',
      ]),
    );
  });

  it('returns an incomplete dossier with what is missing; the resubmission is a new version', async () => {
    const { review } = await closedReview();
    const vp = await login('vp');
    const { body: n } = await call('POST', `/reviews/${review.id}/nominations`, {
      token: vp,
      body: {
        subject: { kind: 'collective', unitCode: 'VP' },
        form: 'giay_khen_chu_tich_xa',
        achievement: 'Số hóa hồ sơ một cửa',
      },
    });
    await upload(`/nominations/${n.id}/documents`, vp, { kind: 'to_trinh' });
    const incomplete = await call('POST', `/nominations/${n.id}/submit`, { token: vp });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.details.missing).toEqual(['bao_cao_thanh_tich', 'bien_ban_binh_xet']);
    await upload(`/nominations/${n.id}/documents`, vp, { kind: 'bao_cao_thanh_tich' });
    await upload(`/nominations/${n.id}/documents`, vp, { kind: 'bien_ban_binh_xet' });
    expect((await call('POST', `/nominations/${n.id}/submit`, { token: vp })).body.status).toBe('appraisal');

    const returned = await call('POST', `/nominations/${n.id}/appraisal`, {
      token: await login('vhxh'),
      body: {
        outcome: 'return',
        missing: ['Báo cáo thành tích có xác nhận của thủ trưởng đơn vị'],
        reason: 'Thiếu xác nhận',
      },
    });
    expect(returned.body).toMatchObject({ status: 'returned', state: { version: 2 } });
    const unitInbox = await call('GET', '/me/inbox', { token: vp });
    expect(unitInbox.body.find((i: any) => i.link === `/nominations/${n.id}`)).toMatchObject({
      kind: 'resubmit',
    });
    await upload(
      `/nominations/${n.id}/documents`,
      vp,
      { kind: 'bao_cao_thanh_tich' },
      'bao-cao-co-xac-nhan.pdf',
    );
    const resubmitted = await call('POST', `/nominations/${n.id}/submit`, { token: vp });
    expect(resubmitted.body.status).toBe('appraisal');
    const submissions = resubmitted.body.steps
      .filter((s: any) => s.type === 'NominationSubmitted')
      .map((s: any) => s.data.version);
    expect(submissions).toEqual([1, 2]);
    const attached = resubmitted.body.steps
      .filter((s: any) => s.type === 'DossierDocumentAttached')
      .map((s: any) => s.data.version);
    expect(attached).toEqual([1, 1, 1, 2]);
  });

  it('does not conclude a vote without quorum and reschedules it; concludes once the council is there', async () => {
    const { review } = await closedReview();
    const id = await toVote(review.id, 'thonkl', {
      subject: { kind: 'collective', unitCode: 'THONKL' },
      form: 'giay_khen_chu_tich_xa',
      achievement: 'Thành lập Tổ công nghệ số thôn',
    });
    await vote(id, 5, 0);
    const first = await closeVote(id);
    expect(first.body).toMatchObject({ status: 'voting', state: { round: 2, ballots: [] } });
    expect(first.body.state.tally).toMatchObject({ quorum: false, present: 5 });
    await vote(id, 6, 2, 2);
    const second = await closeVote(id);
    expect(second.body.state.tally).toMatchObject({
      quorum: true,
      present: 6,
      written: 2,
      yes: 6,
      passed: true,
    });
  });

  it('refuses a yearly title in a plan review: it belongs to the yearly consideration', async () => {
    const { review } = await closedReview();
    const res = await call('POST', `/reviews/${review.id}/nominations`, {
      token: await login('ttvh'),
      body: {
        subject: { kind: 'individual', unitCode: 'TTVH', name: 'Nguyễn Thị Hoa', position: 'Viên chức' },
        form: 'chien_si_thi_dua_co_so',
        achievement: 'Sáng kiến số hóa thư viện xã',
      },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'FORM_NOT_ALLOWED', details: { field: 'form' } });
    expect(res.body.message).toMatch(/chỉ đề nghị trong bình xét thi đua cuối năm/);
  });

  it('lets an annual review nominate for the Giấy khen plan 863 gives each year “theo thẩm quyền”', async () => {
    const { review } = await closedReview(0, { rewards: plan863.rewards, target: { year: 2026 } });
    expect(review).toMatchObject({ kind: 'annual', status: 'closed' });
    const ttvh = await login('ttvh');
    const nominate = (form: string) =>
      call('POST', `/reviews/${review.id}/nominations`, {
        token: ttvh,
        body: {
          subject: { kind: 'collective', unitCode: 'TTVH' },
          form,
          achievement: 'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số năm 2026',
        },
      });
    const giayKhen = await nominate('giay_khen_chu_tich_xa');
    expect(giayKhen.status).toBe(201);
    expect(giayKhen.body).toMatchObject({ form: 'giay_khen_chu_tich_xa', status: 'draft' });
    // The Bằng khen is the final review's; yearly titles are the yearly consideration's.
    expect((await nominate('bang_khen_chu_tich_thanh_pho')).body.code).toBe('FORM_NOT_ALLOWED');
    expect((await nominate('tap_the_lao_dong_tien_tien')).body.code).toBe('FORM_NOT_ALLOWED');
  });

  it('gives a tie for the last Bằng khen place to the chair’s vote, then forwards the Bằng khen to the city', async () => {
    const { review } = await closedReview();
    const bangKhen = (unitCode: string) => ({
      subject: { kind: 'collective', unitCode },
      form: 'bang_khen_chu_tich_thanh_pho',
      achievement: 'Thành tích xuất sắc giai đoạn 1',
    });
    const a = await toVote(review.id, 'thonkl', bangKhen('THONKL'));
    const b = await toVote(review.id, 'thonkx', bangKhen('THONKX'));
    // Six yes each; the chair (council1) says no to A and yes to B.
    for (const [id, chairChoice] of [
      [a, 'no'],
      [b, 'yes'],
    ] as const) {
      await call('POST', `/nominations/${id}/votes`, {
        token: await login('council1'),
        body: { choice: chairChoice },
      });
      for (const [i, member] of COUNCIL.slice(1).entries())
        await call('POST', `/nominations/${id}/votes`, {
          token: await login(member),
          body: { choice: i < (chairChoice === 'yes' ? 5 : 6) ? 'yes' : 'no' },
        });
      expect((await closeVote(id)).body).toMatchObject({
        status: 'awaiting_quota',
        state: { tally: { yes: 6 } },
      });
    }
    const result = await call('POST', `/reviews/${review.id}/council-results`, {
      token: await login('council1'),
      body: { form: 'bang_khen_chu_tich_thanh_pho' },
    });
    expect(result.status).toBe(200);
    const loser = await status(a);
    expect(loser.status).toBe('not_selected');
    const applied = loser.steps.find((s: any) => s.type === 'QuotaApplied').data;
    expect(applied).toMatchObject({ selected: false, places: 1 });
    expect(applied.basis).toContain('phiếu của Chủ tịch Hội đồng');

    await untilStatus(b, 'awaiting_decision');
    const chairman = await login('chairman');
    const refused = await call('POST', `/nominations/${b}/decision`, { token: chairman });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('thành phố');
    const forwarded = await call('POST', `/nominations/${b}/forward`, {
      token: chairman,
      body: { letter: 'Tờ trình số 45/TTr-UBND' },
    });
    expect(forwarded.body).toMatchObject({ status: 'forwarded', referral: { to: { code: 'HP' } } });
    await cityDecides(b, forwarded.body.referral.nominationId);
    const text = await docxText(`/nominations/${b}/certificate`, await login('auditor'));
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG');
    expect(text).toContain('BẰNG KHEN');
    expect(text).toContain('Phạm Minh Hải');
  });

  /**
   * The city's own standing agency, council and chairman take the commune's dossier to a
   * decision in the city's register; the commune reads the outcome on its own nomination.
   */
  async function cityDecides(communeId: string, cityId: string) {
    const [cityStanding, communeStanding] = [await login('hp.btdkt'), await login('vhxh')];
    const city = await eventually(async () => {
      const reply = await call('GET', `/nominations/${cityId}`, { token: cityStanding });
      return reply.status === 200 ? reply.body : undefined;
    });
    expect(city).toMatchObject({
      status: 'appraisal',
      organisationCode: 'HP',
      referredFrom: { nominationId: communeId, organisation: { code: 'XA-KIM-THANH' } },
    });
    expect(city.documents).toHaveLength(DOSSIER.length);
    // Judged by the city's own rules (its profile names them), not the commune's.
    expect(city.state.rules).toMatchObject({ jurisdiction: 'VN-HP', postingWorkingDays: 0 });
    const inbox = await call('GET', '/me/inbox', { token: cityStanding });
    expect(inbox.body.some((i: any) => i.kind === 'appraisal' && i.link === `/nominations/${cityId}`)).toBe(
      true,
    );

    // Neither side acts on the other's: the commune does not even see the city's nomination.
    expect((await call('GET', `/nominations/${cityId}`, { token: communeStanding })).status).toBe(404);
    const appraisal = { outcome: 'accept' };
    const intruding = await call('POST', `/nominations/${cityId}/appraisal`, {
      token: communeStanding,
      body: appraisal,
    });
    expect(intruding.status).toBe(404);
    const reachingDown = await call('POST', `/nominations/${communeId}/city-decision`, {
      token: cityStanding,
      body: { number: '1/QĐ-UBND', signedOn: '2027-01-05', signer: 'X', issuer: 'Y' },
    });
    expect(reachingDown.status).toBe(403);
    expect((await status(communeId)).status).toBe('forwarded');

    const accepted = await call('POST', `/nominations/${cityId}/appraisal`, {
      token: cityStanding,
      body: appraisal,
    });
    expect(accepted.body).toMatchObject({ status: 'voting', chair: 'hp.council1' });
    expect(accepted.body.members).toEqual([
      'hp.council1',
      'hp.council2',
      'hp.council3',
      'hp.council4',
      'hp.council5',
    ]);
    // The commune's council has no vote at the city.
    const outsider = await call('POST', `/nominations/${cityId}/votes`, {
      token: await login('council1'),
      body: { choice: 'yes' },
    });
    expect(outsider.status).toBe(404);
    for (const member of accepted.body.members)
      await call('POST', `/nominations/${cityId}/votes`, {
        token: await login(member),
        body: { choice: 'yes' },
      });
    const closed = await call('POST', `/nominations/${cityId}/vote/close`, {
      token: await login('hp.council1'),
    });
    expect(closed.body.state.tally).toMatchObject({ yes: 5, passed: true });
    await untilStatus(cityId, 'awaiting_decision', 'hp.btdkt');

    expect(
      (await call('POST', `/nominations/${cityId}/decision`, { token: await login('chairman') })).status,
    ).toBe(404);
    const signed = await call('POST', `/nominations/${cityId}/decision`, {
      token: await login('hp.chairman'),
    });
    expect(signed.status).toBe(200);
    expect(signed.body.state.decision).toMatchObject({
      authority: 'city_chairman',
      issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
      signer: 'Phạm Minh Hải',
    });
    const seen = await untilStatus(communeId, 'decided');
    expect(seen.state.decision).toEqual(signed.body.state.decision);
    expect(seen.steps.at(-1)).toMatchObject({ type: 'DecisionSigned', by: 'system' });
  }

  it('suspends a nomination objected to during posting until the standing agency resolves it', async () => {
    const { review } = await closedReview(7);
    const id = await toVote(review.id, 'vp', {
      subject: { kind: 'collective', unitCode: 'VP' },
      form: 'giay_khen_chu_tich_xa',
      achievement: 'Số hóa hồ sơ',
    });
    await vote(id, 9, 0);
    const posted = await closeVote(id);
    expect(posted.body.status).toBe('posting');
    expect(posted.body.state.posting.until > posted.body.state.posting.from).toBe(true);
    const objected = await call('POST', `/nominations/${id}/objections`, {
      token: await login('thonkx'),
      body: { text: 'Đơn vị chưa hoàn thành nhiệm vụ như báo cáo' },
    });
    expect(objected.body.status).toBe('suspended');
    const objectionId = objected.body.steps.find((s: any) => s.type === 'ObjectionRaised').data.objectionId;
    expect(
      (await call('POST', `/nominations/${id}/decision`, { token: await login('chairman') })).status,
    ).toBe(409);
    const dismissed = await call('POST', `/nominations/${id}/objections/${objectionId}/resolution`, {
      token: await login('vhxh'),
      body: { outcome: 'dismissed', reason: 'Đã xác minh, phản ánh không đúng' },
    });
    expect(dismissed.body.status).toBe('posting');
    const second = await call('POST', `/nominations/${id}/objections`, {
      token: await login('thonkx'),
      body: { text: 'Đơn vị đang có khiếu nại chưa giải quyết' },
    });
    const secondId = second.body.steps.filter((s: any) => s.type === 'ObjectionRaised').at(-1)
      .data.objectionId;
    const upheld = await call('POST', `/nominations/${id}/objections/${secondId}/resolution`, {
      token: await login('vhxh'),
      body: { outcome: 'upheld', reason: 'Khiếu nại chưa được giải quyết' },
    });
    expect(upheld.body.status).toBe('rejected');
  });

  it('refuses a second nomination for the same achievement, and a subject under discipline', async () => {
    const { review } = await closedReview();
    const ttvh = await login('ttvh');
    const body = {
      subject: { kind: 'collective', unitCode: 'TTVH' },
      form: 'giay_khen_chu_tich_xa',
      achievement: 'Tuyên truyền',
    };
    const first = await call('POST', `/reviews/${review.id}/nominations`, { token: ttvh, body });
    const repeat = await call('POST', `/reviews/${review.id}/nominations`, { token: ttvh, body });
    expect(repeat.body.id).toBe(first.body.id);
    const second = await call('POST', `/reviews/${review.id}/nominations`, {
      token: await login('vhxh'),
      body: { ...body, form: 'bang_khen_chu_tich_thanh_pho' },
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'subject' } });

    const vhxh = await login('vhxh');
    const restriction = await call('POST', '/units/VP/restrictions', {
      token: vhxh,
      body: { kind: 'complaint', reason: 'Khiếu nại số 12 chưa giải quyết' },
    });
    expect(restriction.status).toBe(201);
    const refused = await call('POST', `/reviews/${review.id}/nominations`, {
      token: await login('vp'),
      body: {
        subject: { kind: 'collective', unitCode: 'VP' },
        form: 'giay_khen_chu_tich_xa',
        achievement: 'Số hóa',
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('khiếu nại');
    await call('POST', `/units/restrictions/${restriction.body.id}/lift`, {
      token: vhxh,
      body: { reason: 'Đã giải quyết' },
    });
  });

  it('refuses wrong roles, votes after close and double votes, and records the attempts for auditors', async () => {
    const { review } = await closedReview();
    const id = await toVote(review.id, 'thonkx', {
      subject: { kind: 'collective', unitCode: 'THONKX' },
      form: 'giay_khen_chu_tich_xa',
      achievement: 'Phong trào học tập số',
    });
    const byUnit = await call('POST', `/nominations/${id}/votes`, {
      token: await login('thonkx'),
      body: { choice: 'yes' },
    });
    expect(byUnit.status).toBe(403);
    await call('POST', `/nominations/${id}/votes`, {
      token: await login('council2'),
      body: { choice: 'yes' },
    });
    const double = await call('POST', `/nominations/${id}/votes`, {
      token: await login('council2'),
      body: { choice: 'yes' },
    });
    expect(double.status).toBe(409);
    const changed = await call('POST', `/nominations/${id}/votes`, {
      token: await login('council2'),
      body: { choice: 'no' },
    });
    expect(changed.status).toBe(200);
    await vote(id, 9, 0);
    await closeVote(id);
    const afterClose = await call('POST', `/nominations/${id}/votes`, {
      token: await login('council3'),
      body: { choice: 'no' },
    });
    expect(afterClose.status).toBe(409);

    const { body: attempts } = await call('GET', '/audit/attempts?limit=20', {
      token: await login('auditor'),
    });
    const mine = attempts.items.filter((a: any) => a.route === `/nominations/${id}/votes`);
    expect(mine.map((a: any) => [a.username, a.status, a.code])).toEqual([
      ['council3', 409, 'VOTE_NOT_OPEN'],
      ['council2', 409, 'ALREADY_EXISTS'],
      ['thonkx', 403, 'FORBIDDEN'],
    ]);
    const events = await sql(
      `SELECT count(*)::int AS n FROM events WHERE stream_id = $1 AND type = 'VoteCast'`,
      [`nomination-${id}`],
    );
    expect(events[0].n).toBe(2 + 9);
  });
});
