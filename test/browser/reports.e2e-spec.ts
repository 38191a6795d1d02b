import { call, launched, login } from '../support/client';
import { smallPlan } from '../support/fixtures';
import { logIn, newSession, PHONE, screenshot, sharedBrowser, step } from '../support/browser';

const browser = sharedBrowser();

const CRITERIA = [
  { code: 'TC1', name: 'Có wifi công cộng' },
  { code: 'TC2', name: 'Có tổ công nghệ số' },
  { code: 'TC3', name: 'Có loa truyền thanh' },
];
const PARTS = [
  { code: 'DH', name: 'Đúng hạn' },
  { code: 'DGQ', name: 'Đang giải quyết' },
  { code: 'QH', name: 'Quá hạn' },
];

/** A plan whose village (THONKL) reports a checklist over its hamlets and its dossiers by state. */
async function villageRequest(): Promise<{ requestId: string; planId: string }> {
  const owner = await login('owner');
  const plan = smallPlan({
    indicators: [
      {
        code: 'CT06',
        name: 'Xóm đạt tiêu chí số',
        kind: 'checklist',
        criteria: CRITERIA,
        unitKinds: ['thon'],
      },
      {
        code: 'CT07',
        name: 'Hồ sơ tiếp nhận',
        kind: 'breakdown',
        parts: PARTS,
        targetPart: 'DH',
        comparator: '>=',
        targetPercent: 80,
        unitKinds: ['thon'],
      },
    ],
    taskGroups: [
      {
        code: 'I',
        title: 'Chuyển đổi số ở thôn',
        tasks: [
          {
            code: 'I.1',
            title: 'Phủ sóng wifi',
            leadUnit: 'THONKL',
            coordinatingUnits: [],
            recurringYearly: false,
          },
        ],
      },
    ],
  } as never);
  const drafted = await call('POST', '/plans', { token: owner, body: plan });
  expect(drafted.status).toBe(201);
  await launched(drafted.body.id, owner);
  const request = await call('POST', `/plans/${drafted.body.id}/report-requests`, {
    token: owner,
    body: {
      number: `${drafted.body.id.slice(0, 6)}/UBND-VHXH`,
      issuedOn: '2026-11-20',
      subject: 'Báo cáo kết quả chuyển đổi số ở thôn',
      period: '2026-11',
      dueDate: '2099-12-31',
      units: ['THONKL'],
    },
  });
  expect(request.status).toBe(201);
  return { requestId: request.body.id, planId: drafted.body.id };
}

describe('a unit fills every kind of figure, in the browser', () => {
  it('fills a checklist over its hamlets and a breakdown, which is refused until its parts add up', async () => {
    const { requestId } = await villageRequest();
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'thonkl');
    await page.getByRole('heading', { name: 'Nhiệm vụ của tôi' }).waitFor();
    await page.goto(`/bao-cao/${requestId}`);
    await page.getByText('Gửi báo cáo của đơn vị').waitFor();

    await step(page, 'bao-cao-bo-tieu-chi', async () => {
      await page.getByLabel('Đối tượng dòng 1 (CT06)').fill('Xóm Đông');
      for (const c of CRITERIA) await page.getByLabel(`${c.name} – dòng 1 (CT06)`).check();
      await page.getByRole('button', { name: 'Thêm đối tượng' }).click();
      await page.getByLabel('Đối tượng dòng 2 (CT06)').fill('Xóm Tây');
      await page.getByLabel(`${CRITERIA[0].name} – dòng 2 (CT06)`).check();
    });

    await step(page, 'bao-cao-co-cau-sai', async () => {
      await page.getByLabel('Tổng số CT07').fill('20');
      await page.getByLabel('Đúng hạn (CT07)').fill('15');
      await page.getByLabel('Đang giải quyết (CT07)').fill('3');
      await page.getByLabel('Quá hạn (CT07)').fill('1');
      await page.getByText('Cộng các phần: 19').waitFor();
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      // The API's refusal stands under the breakdown, naming its parts and their sum.
      await page
        .locator('.ant-form-item-explain-error')
        .getByText(
          'các thành phần cộng lại 19 (Đúng hạn 15 + Đang giải quyết 3 + Quá hạn 1), khác tổng số 20',
        )
        .waitFor();
      await screenshot(page, 'bao-cao-co-cau-sai');
    });

    await step(page, 'bao-cao-co-cau-dung', async () => {
      await page.getByLabel('Quá hạn (CT07)').fill('2');
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.getByText('Đã gửi báo cáo').waitFor();
      await screenshot(page, 'bao-cao-da-gui');
    });

    const [sent] = (
      await call('GET', `/report-requests/${requestId}/submissions`, { token: await login('thonkl') })
    ).body;
    const figures = Object.fromEntries(
      sent.indicatorValues.map((v: { indicatorCode: string }) => [v.indicatorCode, v]),
    );
    expect(figures.CT06).toMatchObject({
      rows: [
        { subject: 'Xóm Đông', met: ['TC1', 'TC2', 'TC3'] },
        { subject: 'Xóm Tây', met: ['TC1'] },
      ],
      numerator: 1,
      denominator: 2,
    });
    expect(figures.CT07).toMatchObject({
      total: 20,
      parts: { DH: 15, DGQ: 3, QH: 2 },
      percent: 75,
      met: false,
    });
  });

  it('fits the checklist on a village head’s phone without the page scrolling sideways', async () => {
    const { requestId } = await villageRequest();
    const page = await (await newSession(browser(), PHONE)).newPage();
    await logIn(page, 'thonkl');
    await page.getByRole('heading', { name: 'Nhiệm vụ của tôi' }).waitFor();
    await page.goto(`/bao-cao/${requestId}`);
    await page.getByLabel('Đối tượng dòng 1 (CT06)').waitFor();
    expect(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'bao-cao-dien-thoai');
  });
});
