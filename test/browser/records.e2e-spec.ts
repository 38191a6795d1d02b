import { logIn, newSession, screenshot, sharedBrowser, step } from '../support/browser';

const browser = sharedBrowser();

const HEADER =
  'Họ và tên,Mã đơn vị,Năm,Xếp loại,"Danh hiệu, hình thức khen thưởng",Số quyết định,Ngày quyết định,Cơ quan quyết định';

describe('records over the years, in the browser', () => {
  it('has the standing agency check a sheet (an error shown by row and column), import it, and read the record', async () => {
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'vhxh');
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    await page.getByRole('link', { name: 'Hồ sơ thi đua' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ thi đua qua các năm' }).waitFor();
    const choose = (csv: string) =>
      page
        .locator('input[type=file]')
        .setInputFiles({ name: 'ho-so.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    await step(page, 'ho-so-loi', async () => {
      await choose([HEADER, ',KT,2022,Giỏi,,,,'].join('\n'));
      await page
        .getByRole('table', { name: 'Lỗi trong tệp' })
        .getByText('không có xếp loại “Giỏi”', { exact: false })
        .waitFor();
      await screenshot(page, 'ho-so-loi');
    });

    await step(page, 'ho-so-nhap', async () => {
      await choose(
        [
          HEADER,
          ',KT,2022,Hoàn thành nhiệm vụ,Giấy khen,41/QĐ-UBND,20/12/2022,Ủy ban nhân dân xã Kim Thành',
        ].join('\n'),
      );
      await page.getByRole('button', { name: 'Nhập 1 xếp loại, 1 danh hiệu' }).click();
      await page.getByText('Đã nhập 1 xếp loại và 1 danh hiệu').waitFor();
    });

    await step(page, 'ho-so-xem', async () => {
      await page.getByLabel('Người hoặc tập thể').fill('Phòng Kinh tế');
      await page.locator('.ant-select-item-option').filter({ hasText: 'Phòng Kinh tế' }).first().click();
      await page.getByRole('table', { name: 'Xếp loại hằng năm' }).getByText('Hoàn thành nhiệm vụ').waitFor();
      await page
        .getByRole('table', { name: 'Danh hiệu, khen thưởng' })
        .getByText('Số 41/QĐ-UBND ngày 20/12/2022')
        .waitFor();
      await screenshot(page, 'ho-so-xem');
    });
  });
});
