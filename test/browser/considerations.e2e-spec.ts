import { call } from '../support/client';
import { commune, importRecords, type Account, type Commune } from '../support/commune';
import { logIn, newSession, screenshot, sharedBrowser, step } from '../support/browser';

const browser = sharedBrowser();

/**
 * The yearly consideration on screen: an office's clerk proposes from the office's list and
 * reads the reason of a refusal; the council's chair fills the ballot and closes the vote; the
 * chairman signs one decision for everyone and prints all the certificates.
 */
describe('the yearly consideration, in the browser', () => {
  let c: Commune;
  let id: string;

  beforeAll(async () => {
    c = await commune();
    await importRecords(
      c,
      c.people.slice(0, 10).map((p) => `${p.fullName},${p.unitCode},2025,Hoàn thành tốt nhiệm vụ,,,,`),
    );
    id = (
      await call('POST', `/organisations/${c.code}/considerations`, {
        token: await c.token('standing'),
        body: { year: 2025 },
      })
    ).body.id;
  }, 120_000);

  const signIn = async (who: Account) => {
    const page = await (await newSession(browser())).newPage();
    const { username, password } = c.credentials(who);
    await logIn(page, username, password);
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    await page.getByRole('link', { name: 'Bình xét cuối năm' }).click();
    await page.getByRole('link', { name: /Ủy ban nhân dân xã Tân Tiến/ }).click();
    await page.getByRole('heading', { name: 'Bình xét thi đua năm 2025' }).waitFor();
    return page;
  };

  it('has an office propose from its list and see a refusal’s reason', async () => {
    const page = await signIn('vp');
    const list = page.getByRole('table', { name: 'Danh sách người và tập thể' });
    const tick = (name: string) =>
      list
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('checkbox')
        .check();
    const choose = async (label: string) => {
      await page.getByLabel('Hình thức đề nghị').click();
      await page.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
    };
    const [first, second, third] = c.people;

    await step(page, 'binh-xet-de-nghi', async () => {
      await list.getByText(first.fullName).waitFor();
      for (const p of [first, second, third]) await tick(p.fullName);
      await choose('Lao động tiên tiến');
      await page.getByRole('button', { name: 'Gửi đề nghị (3)' }).click();
      const results = page.getByRole('table', { name: 'Kết quả gửi đề nghị' });
      await results.getByText('Đã đề nghị, chờ Hội đồng').first().waitFor();
      await screenshot(page, 'binh-xet-de-nghi');
    });

    await step(page, 'binh-xet-tu-choi', async () => {
      await tick(first.fullName);
      await choose('Chiến sĩ thi đua cơ sở');
      await page.getByRole('button', { name: 'Gửi đề nghị (1)' }).click();
      const results = page.getByRole('table', { name: 'Kết quả gửi đề nghị' });
      await results.getByText('Không đủ điều kiện').waitFor();
      await results.getByText('cần sáng kiến được công nhận', { exact: false }).waitFor();
      await screenshot(page, 'binh-xet-tu-choi');
    });
  });

  it('has the chair vote and close, and the chairman sign one decision and print every certificate', async () => {
    const opened = await call('POST', `/considerations/${id}/vote`, { token: await c.token('standing') });
    const choices = Object.fromEntries((opened.body.voting as string[]).map((p) => [p, 'yes']));
    for (const member of [2, 3, 4, 5] as const)
      await call('POST', `/considerations/${id}/ballots`, {
        token: await c.token(`council${member}`),
        body: { choices },
      });

    const chair = await signIn('council1');
    await step(chair, 'binh-xet-bo-phieu', async () => {
      await chair.getByRole('tab', { name: 'Bỏ phiếu' }).click();
      await chair.getByRole('table', { name: 'Phiếu bầu' }).getByText(c.people[0].fullName).waitFor();
      await screenshot(chair, 'binh-xet-bo-phieu');
      await chair.getByRole('button', { name: 'Gửi phiếu' }).click();
      await chair.getByText('Đã ghi phiếu của bạn').waitFor();
      await chair.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
      await chair.getByText('Đã kết thúc bỏ phiếu', { exact: true }).waitFor();
      await chair.getByText(/đã có 5 phiếu \(vòng 1\) · đã kết thúc bỏ phiếu/).waitFor();
    });

    const chairman = await signIn('chairman');
    await step(chairman, 'binh-xet-ky', async () => {
      await chairman.getByRole('tab', { name: 'Quyết định' }).click();
      await chairman.getByText('Danh hiệu “Lao động tiên tiến”: 3 người, tập thể').waitFor();
      await chairman.getByRole('button', { name: 'Ký quyết định' }).click();
      await chairman.getByText('Đã ký Quyết định số 1/QĐ-UBND').waitFor();
      const decisions = chairman.getByRole('table', { name: 'Quyết định khen thưởng' });
      await decisions.getByText('2.130.000').waitFor();
      const printed = chairman.waitForEvent('download');
      await decisions.getByRole('button', { name: 'In giấy chứng nhận (DOCX)' }).click();
      expect((await printed).suggestedFilename()).toBe('chung-nhan-1-QĐ-UBND.docx');
      await screenshot(chairman, 'binh-xet-ky');
    });
  });

  it('has an initiative proposed by its office, assessed by the council and recognised by the chairman', async () => {
    const open = async (who: Account) => {
      const page = await (await newSession(browser())).newPage();
      const { username, password } = c.credentials(who);
      await logIn(page, username, password);
      await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
      await page.getByRole('link', { name: 'Sáng kiến' }).click();
      await page.getByRole('heading', { name: 'Sáng kiến, đề tài khoa học' }).waitFor();
      await page.getByLabel('Năm', { exact: true }).fill('2025');
      await page.getByLabel('Năm', { exact: true }).press('Tab');
      return page;
    };
    const title = 'Tra cứu hồ sơ một cửa bằng mã QR';
    const author = c.people[1].fullName;

    const office = await open('vp');
    await step(office, 'sang-kien-de-nghi', async () => {
      await office.getByLabel('Năm áp dụng').fill('2025');
      await office.getByLabel('Tên sáng kiến, đề tài').fill(title);
      await office.getByLabel('Tác giả').fill(author);
      await office.locator('.ant-select-item-option').filter({ hasText: author }).first().click();
      await office.getByLabel('Nội dung, hiệu quả').fill('Rút thời gian tra cứu từ 15 phút xuống 1 phút');
      await office.getByRole('button', { name: 'Đề nghị công nhận' }).click();
      await office.getByText(`Đã đề nghị công nhận “${title}”`).waitFor();
      await office
        .getByRole('table', { name: 'Sáng kiến' })
        .getByText('Chờ Hội đồng sáng kiến đánh giá')
        .waitFor();
    });

    const council = await open('council1');
    await step(council, 'sang-kien-danh-gia', async () => {
      await council.getByLabel(`Kết luận về ${title}`).fill('Đạt: có tính mới, áp dụng hiệu quả');
      await council.getByLabel(`Ngày đánh giá ${title}`).fill('20/11/2025');
      await council.getByLabel(`Ngày đánh giá ${title}`).press('Enter');
      await council.getByRole('button', { name: 'Ghi kết quả đánh giá' }).click();
      await council.getByText('Hội đồng đánh giá đạt, chờ công nhận').waitFor();
    });

    const chairman = await open('chairman');
    await step(chairman, 'sang-kien-cong-nhan', async () => {
      await chairman.getByRole('button', { name: 'Công nhận' }).click();
      await chairman.getByRole('table', { name: 'Sáng kiến' }).getByText('Đã công nhận').waitFor();
      await screenshot(chairman, 'sang-kien-cong-nhan');
    });
  });
});
