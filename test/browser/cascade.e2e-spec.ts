import { call, launched, login } from '../support/client';
import { smallPlan } from '../support/fixtures';
import { sharedBrowser, logIn, newSession, screenshot } from '../support/browser';

const browser = sharedBrowser();

describe('plans across levels, in the browser', () => {
  it('a commune finds the city plan that gives it a task and drafts from it; the city sees who carries it out', async () => {
    const cityOwner = await login('hp.owner');
    const title = `Kế hoạch thử cấp thành phố ${Date.now().toString(36)}`;
    const city = (
      await call('POST', '/plans', {
        token: cityOwner,
        body: smallPlan({
          issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
          issuedOn: '2026-12-31',
          title,
          standingUnit: 'HP-BTDKT',
          taskGroups: [
            {
              code: 'I',
              title: 'Chuyển đổi số cấp xã',
              tasks: [
                {
                  code: 'I.1',
                  title: 'Ban hành kế hoạch chuyển đổi số của xã',
                  leadUnit: 'XA-KIM-THANH',
                  coordinatingUnits: ['XA-LAI-KHE'],
                  recurringYearly: false,
                },
                {
                  code: 'I.2',
                  title: 'Tổ chức ngày hội chuyển đổi số',
                  leadUnit: 'HP-BTDKT',
                  coordinatingUnits: [],
                  coordinatingGroups: [{ label: 'các xã, phường', kinds: ['xa', 'phuong'] }],
                  recurringYearly: false,
                },
              ],
            },
          ],
        }),
      })
    ).body;
    await launched(city.id, cityOwner);

    const owner = await (await newSession(browser())).newPage();
    await logIn(owner, 'owner');
    await owner.getByText('Cấp trên giao').click();
    await owner
      .getByRole('row', { name: new RegExp(city.number) })
      .getByRole('link')
      .click();
    await owner.getByText('Nhiệm vụ cấp trên giao cho đơn vị').waitFor();
    await owner.getByRole('row', { name: /I\.1/ }).getByText('Chủ trì').waitFor();
    // Given as one of “các xã, phường”, a group the launch resolved: not named in the task.
    await owner.getByRole('row', { name: /I\.2/ }).getByText('Phối hợp').waitFor();
    await screenshot(owner, 'ke-hoach-cap-tren-giao');
    await owner
      .getByRole('row', { name: /I\.1/ })
      .getByRole('button', { name: 'Soạn kế hoạch triển khai' })
      .click();
    await owner.getByText('Thực hiện kế hoạch cấp trên').waitFor();
    await owner.getByText(`Kế hoạch số ${city.number} của Ủy ban nhân dân thành phố Hải Phòng`).waitFor();
    await owner.getByText('I.1. Ban hành kế hoạch chuyển đổi số của xã').waitFor();

    // Drafted (as the editor would send it), launched: the commune's plan links to the city's.
    const commune = await login('owner');
    const child = (
      await call('POST', '/plans', {
        token: commune,
        body: smallPlan({ basis: { planId: city.id, taskCode: 'I.1' } } as never),
      })
    ).body;
    await owner.goto(`/ke-hoach/${child.id}`);
    await owner
      .getByRole('link', { name: new RegExp(`Kế hoạch số ${city.number}.*nhiệm vụ I\\.1`) })
      .waitFor();

    const cityPage = await (await newSession(browser())).newPage();
    await logIn(cityPage, 'hp.owner');
    await cityPage.getByRole('link', { name: /Việc đang chờ/ }).waitFor();
    await cityPage.goto(`/ke-hoach/${city.id}`);
    await cityPage.getByRole('tab', { name: 'Cấp dưới triển khai' }).click();
    // Every commune of the city carries out I.2 (others' tests register more of them).
    await cityPage.getByText(/^1\/\d+ đơn vị đã ban hành kế hoạch triển khai/).waitFor();
    await cityPage
      .getByRole('row', { name: /Xã Lai Khê/ })
      .getByText('Chưa ban hành')
      .waitFor();
    await cityPage.getByRole('link', { name: new RegExp(`Số ${child.number}.*\\(dự thảo\\)`) }).waitFor();
    await screenshot(cityPage, 'ke-hoach-cap-duoi-trien-khai');

    // A task whose coordinators are a group shows the group by its label and size, not unit by unit.
    const tasks = (await call('GET', `/plans/${city.id}/tasks?limit=10`, { token: cityOwner })).body.items;
    const grouped = tasks.find((t: { code: string }) => t.code === 'I.2');
    await cityPage.goto(`/nhiem-vu/${grouped.taskId}`);
    await cityPage.getByText(/^các xã, phường \(\d+ đơn vị\)$/).waitFor();
    await screenshot(cityPage, 'nhiem-vu-phoi-hop-theo-nhom');
  });
});
