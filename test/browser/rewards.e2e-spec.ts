import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { demoDossier, plan863 } from '@demo';
import { jurisdictionOf } from '@modules/rule-set/rule-set.policy';
import { smallPlan } from '../support/fixtures';
import { apiUrl, call, eventually, launched, login } from '../support/client';
import { sharedBrowser, logIn, newSession, screenshot } from '../support/browser';
import {
  closedReview as reviewWithRules,
  closeVote,
  COUNCIL,
  status,
  toVote,
  vote,
} from '../support/rewards';

const browser = sharedBrowser();

/**
 * A plan of its own (so the demo's history stays as the audit suite expects), launched, its
 * first phase reviewed early; it follows the demo commune's rules, whose posting lasts 0 days.
 */
async function closedReview(): Promise<string> {
  const owner = await login('owner');
  const body = smallPlan({ jurisdiction: jurisdictionOf(plan863) });
  const plan = (await call('POST', '/plans', { token: owner, body })).body;
  await launched(plan.id, owner);
  const review = (
    await call('POST', `/plans/${plan.id}/reviews`, { token: owner, body: { phaseCode: 'GD1' } })
  ).body;
  await call('POST', `/reviews/${review.id}/close`, { token: await login('vhxh') });
  return review.id;
}

/** A Giấy khen for a person of the Trung tâm in that review, filed and submitted (through the API). */
async function submittedNomination(name: string): Promise<string> {
  const vhxh = await login('vhxh');
  const reviewId = await closedReview();
  const { id } = (
    await call('POST', `/reviews/${reviewId}/nominations`, {
      token: vhxh,
      body: {
        subject: { kind: 'individual', unitCode: 'TTVH', name, position: 'Viên chức Trung tâm' },
        form: 'giay_khen_chu_tich_xa',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ số hóa hồ sơ một cửa năm 2026',
      },
    })
  ).body;
  for (const doc of demoDossier) {
    const body = new FormData();
    body.append('kind', doc.kind);
    body.append('file', new Blob([doc.text], { type: 'text/plain' }), doc.fileName);
    await fetch(`${apiUrl()}/nominations/${id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${vhxh}` },
      body,
    });
  }
  expect((await call('POST', `/nominations/${id}/submit`, { token: vhxh })).status).toBeLessThan(300);
  return id;
}

async function open(user: string, nominationId: string): Promise<Page> {
  const page = await (await newSession(browser())).newPage();
  await logIn(page, user);
  await page.getByRole('link', { name: /Việc đang chờ/ }).waitFor();
  await page.goto(`/khen-thuong/${nominationId}`);
  return page;
}

const contentOf = async (file: Download): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return zip.file('word/document.xml')!.async('string');
};

describe('a reward, in the browser: appraisal, the council’s vote, the chairman’s signature', () => {
  it('takes a Giấy khen from the standing agency’s inbox to a signed decision and its certificate', async () => {
    const name = `Nguyễn Thị Thử ${Date.now().toString(36)}`;
    const id = await submittedNomination(name);

    // The standing agency finds it in its inbox and accepts it for the council.
    const standing = await (await newSession(browser())).newPage();
    await logIn(standing, 'vhxh');
    await standing.getByRole('link', { name: /Việc đang chờ/ }).click();
    await standing.getByRole('link', { name: new RegExp(name) }).click();
    await standing.getByRole('button', { name: 'Chấp nhận, trình Hội đồng' }).click();
    await standing.getByText('Hội đồng đang bỏ phiếu').waitFor();
    await screenshot(standing, 'khen-thuong-tham-dinh');

    // Two members vote in the browser, six more through the API (80 % must take part); the chair closes.
    for (const member of ['council2', 'council3']) {
      const page = await open(member, id);
      await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      await page.getByText('Đã ghi phiếu của bạn').waitFor();
      if (member === 'council2') await screenshot(page, 'khen-thuong-bo-phieu');
    }
    for (const member of ['council1', 'council4', 'council5', 'council6', 'council7', 'council8'])
      await call('POST', `/nominations/${id}/votes`, { token: await login(member), body: { choice: 'yes' } });
    const chair = await open('council1', id);
    await chair.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
    await chair.getByText('Đã kết thúc bỏ phiếu').waitFor();

    // The demo's posting lasts 0 days: the nomination's workflow ends it by itself.
    await eventually(async () =>
      (await call('GET', `/nominations/${id}`, { token: await login('chairman') })).body.status ===
      'awaiting_decision'
        ? true
        : undefined,
    );
    const chairman = await open('chairman', id);
    await chairman.getByRole('button', { name: 'Ký quyết định' }).click();
    await chairman.getByText('Đã ký quyết định khen thưởng').waitFor();
    await screenshot(chairman, 'khen-thuong-quyet-dinh');
    const [file] = await Promise.all([
      chairman.waitForEvent('download'),
      chairman.getByRole('button', { name: 'Tải giấy khen (DOCX)' }).click(),
    ]);
    expect(await contentOf(file)).toContain(name);
  });

  it('takes an objection during posting from a unit and has the standing agency dismiss it', async () => {
    const { review } = await reviewWithRules(7); // seven working days of posting
    const id = await toVote(review.id, 'vp', {
      subject: { kind: 'collective', unitCode: 'VP' },
      form: 'giay_khen_chu_tich_xa',
      achievement: 'Số hóa hồ sơ',
    });
    await vote(id, 9, 0);
    expect((await closeVote(id)).body.status).toBe('posting');

    const unit = await open('thonkx', id);
    await unit.getByLabel('Nội dung phản ánh').fill('Văn phòng chưa hoàn thành nhiệm vụ như báo cáo');
    await unit.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await unit.getByText('Tạm dừng do có ý kiến phản ánh').waitFor();

    const standing = await open('vhxh', id);
    await standing.getByText('Văn phòng chưa hoàn thành nhiệm vụ như báo cáo').waitFor();
    await standing.getByLabel('Kết quả xác minh').fill('Đã xác minh, phản ánh không đúng');
    await standing.getByRole('button', { name: 'Bác phản ánh' }).click();
    await standing.getByText('Không có cơ sở (bác): Đã xác minh, phản ánh không đúng').waitFor();
    await standing.getByText('Đang công khai').first().waitFor();
    await screenshot(standing, 'khen-thuong-phan-anh');
    expect((await status(id)).status).toBe('posting');
  });

  it('lets the council’s chair place the nominations of a form with a quota, from the review’s page', async () => {
    const { review } = await reviewWithRules();
    const bangKhen = (unitCode: string) => ({
      subject: { kind: 'collective', unitCode },
      form: 'bang_khen_chu_tich_thanh_pho',
      achievement: 'Thành tích xuất sắc giai đoạn 1',
    });
    const ids = [
      await toVote(review.id, 'thonkl', bangKhen('THONKL')),
      await toVote(review.id, 'thonkx', bangKhen('THONKX')),
    ];
    // Seven yes for the first, six for the second: one place, by yes votes.
    for (const [n, id] of ids.entries()) {
      for (const [i, member] of COUNCIL.entries())
        await call('POST', `/nominations/${id}/votes`, {
          token: await login(member),
          body: { choice: i < 7 - n ? 'yes' : 'no' },
        });
      expect((await closeVote(id)).body.status).toBe('awaiting_quota');
    }

    const chair = await (await newSession(browser())).newPage();
    await logIn(chair, 'council1');
    await chair.getByRole('link', { name: /Việc đang chờ/ }).waitFor();
    await chair.goto(`/danh-gia/${review.id}`);
    await chair.getByLabel('Hình thức khen thưởng có chỉ tiêu').click();
    await chair.getByTitle('Bằng khen của Chủ tịch UBND thành phố').click();
    await chair.getByRole('button', { name: 'Chốt kết quả theo chỉ tiêu' }).click();
    await chair.getByRole('button', { name: 'Chốt', exact: true }).click();
    await chair.getByText('Đã chốt kết quả theo chỉ tiêu cho 2 hồ sơ').waitFor();
    await chair.getByRole('row', { name: /Ngoài chỉ tiêu/ }).waitFor();
    await screenshot(chair, 'danh-gia-chi-tieu');
    expect((await status(ids[1])).status).toBe('not_selected');

    // The Bằng khen is the city's to award: the commune forwards it, the city decides it.
    await eventually(async () => ((await status(ids[0])).status === 'awaiting_decision' ? true : undefined));
    const chairman = await open('chairman', ids[0]);
    await chairman.getByLabel('Tờ trình (số, ngày)').fill('Tờ trình số 45/TTr-UBND ngày 10/12/2026');
    await chairman.getByRole('button', { name: 'Trình cấp thành phố' }).click();
    await chairman.getByText('Thành phố Hải Phòng đang thẩm định, bỏ phiếu và quyết định').waitFor();
    const cityId: string = (await status(ids[0])).referral.nominationId;

    const cityStanding = await open('hp.btdkt', cityId);
    await cityStanding.getByText('Hồ sơ do Xã Kim Thành trình').waitFor();
    await cityStanding.getByRole('button', { name: 'Chấp nhận, trình Hội đồng' }).click();
    await cityStanding.getByText('Hội đồng đang bỏ phiếu').first().waitFor();
    await screenshot(cityStanding, 'khen-thuong-thanh-pho-tham-dinh');
    for (const member of ['hp.council1', 'hp.council2', 'hp.council3', 'hp.council4', 'hp.council5'])
      await call('POST', `/nominations/${cityId}/votes`, {
        token: await login(member),
        body: { choice: 'yes' },
      });
    await call('POST', `/nominations/${cityId}/vote/close`, { token: await login('hp.council1') });
    await eventually(async () =>
      (await status(cityId, 'hp.btdkt')).status === 'awaiting_decision' ? true : undefined,
    );
    const cityChairman = await open('hp.chairman', cityId);
    await cityChairman.getByRole('button', { name: 'Ký quyết định' }).click();
    await cityChairman.getByText('Đã có quyết định khen thưởng').first().waitFor();

    const commune = await open('vhxh', ids[0]);
    await commune.getByText('Đã có quyết định khen thưởng').first().waitFor();
    await screenshot(commune, 'khen-thuong-thanh-pho');
    expect((await status(ids[0])).state).toMatchObject({
      decision: { authority: 'city_chairman', signer: 'Phạm Minh Hải' },
    });
  });
});
