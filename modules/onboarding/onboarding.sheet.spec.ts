import { checkSheet, rowsOf } from './onboarding.sheet';

const kinds = new Set(['xa', 'thon']);
const table = (...rows: string[][]) =>
  rowsOf([
    [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Mã đơn vị cấp trên',
      'Họ và tên',
      'Tên đăng nhập',
      'Mật khẩu ban đầu',
      'Vai trò',
      'Chức danh trong Hội đồng',
    ],
    ...rows,
  ]).rows;

describe('the onboarding sheet', () => {
  it('reads columns by their Vietnamese names, skips blank rows and keeps row numbers', () => {
    const { rows, missing } = rowsOf([
      ['Tên đơn vị', 'Mã đơn vị', 'Loại đơn vị'],
      ['Xã A', 'XA-A', 'xa'],
      [],
      ['Xã B', 'XA-B', 'xa'],
    ]);
    expect(missing).toEqual([]);
    expect(rows).toEqual([
      { row: 2, code: 'XA-A', name: 'Xã A', kind: 'xa' },
      { row: 4, code: 'XA-B', name: 'Xã B', kind: 'xa' },
    ]);
    expect(rowsOf([['Tên đơn vị']]).missing).toEqual(['Mã đơn vị', 'Loại đơn vị']);
  });

  it('takes parents from the directory or an earlier row, roles by their Vietnamese names', () => {
    const { rows, errors } = checkSheet(
      table(
        ['XA-A', 'Xã A', 'xa', 'HP'],
        ['THON-1', 'Thôn 1', 'thon', 'XA-A', 'Nguyễn Văn An', 'an.nv', 'mat-khau-dai', 'Hội đồng', 'Ủy viên'],
      ),
      new Set(['HP']),
      kinds,
    );
    expect(errors).toEqual([]);
    expect(rows[1]).toMatchObject({
      unit: { code: 'THON-1', parentCode: 'XA-A' },
      person: { account: { username: 'an.nv' }, role: 'council', councilPost: 'member' },
    });
  });

  it('names every error by row and column', () => {
    const { errors } = checkSheet(
      table(
        ['xa a', '', 'huyen', 'KHONG-CO'],
        ['XA-B', 'Xã B', 'xa', '', '', 'B', 'ngan', 'vua'],
        ['XA-B', 'Xã B lần hai', 'xa'],
      ),
      new Set(),
      kinds,
    );
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual([
      '2:Mã đơn vị',
      '2:Tên đơn vị',
      '2:Loại đơn vị',
      '2:Mã đơn vị cấp trên',
      '3:Họ và tên',
      '3:Tên đăng nhập',
      '3:Mật khẩu ban đầu',
      '3:Vai trò',
      '4:Mã đơn vị',
    ]);
  });
});
