import { checkRecordSheet, recordRows } from './record.sheet';

const known = {
  people: [
    { id: 'p1', fullName: 'Nguyễn Văn An', unitCode: 'TTVH' },
    { id: 'p2', fullName: 'Trần Thị Bình', unitCode: 'VP' },
    { id: 'p3', fullName: 'Trần Thị Bình', unitCode: 'VP' },
  ],
  units: new Set(['XA-KIM-THANH', 'TTVH', 'VP']),
};
const sheet = (...rows: string[][]) =>
  recordRows([
    [
      'Họ và tên',
      'Mã đơn vị',
      'Năm',
      'Xếp loại',
      'Danh hiệu, hình thức khen thưởng',
      'Số quyết định',
      'Ngày quyết định',
      'Cơ quan quyết định',
    ],
    ...rows,
  ]).rows;

describe('the records sheet', () => {
  it('given rows of people and collectives, then ratings by their Vietnamese names and titles with their decisions', () => {
    const { entries, errors } = checkRecordSheet(
      sheet(
        [
          'nguyen van an',
          'ttvh',
          '2025',
          'Hoàn thành tốt nhiệm vụ',
          'Lao động tiên tiến',
          '125/QĐ-UBND',
          '20/12/2025',
          'UBND xã Kim Thành',
        ],
        ['', 'TTVH', '2025', 'hoàn thành xuất sắc nhiệm vụ', '', '', '', ''],
      ),
      known,
      2026,
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        row: 2,
        subject: { kind: 'person', personId: 'p1' },
        year: 2025,
        rating: 'hoan_thanh_tot',
        title: {
          year: 2025,
          form: 'Lao động tiên tiến',
          decisionNumber: '125/QĐ-UBND',
          decidedOn: '2025-12-20',
          issuer: 'UBND xã Kim Thành',
          source: 'imported',
        },
      },
      {
        row: 3,
        subject: { kind: 'collective', unitCode: 'TTVH' },
        year: 2025,
        rating: 'hoan_thanh_xuat_sac',
      },
    ]);
  });

  it('given bad rows, then every error by row and column, and no entry from them', () => {
    const { entries, errors } = checkRecordSheet(
      sheet(
        ['Người Lạ', 'TTVH', '2025', 'Hoàn thành', '', '', '', ''],
        ['Trần Thị Bình', 'VP', '2027', 'Giỏi', '', '', '', ''],
        ['', 'KHONGCO', '2025', '', 'Giấy khen', '', '31/02/2025', ''],
      ),
      known,
      2026,
    );
    expect(entries).toEqual([]);
    expect(errors.map((e) => `${e.row} ${e.column}`)).toEqual([
      '2 Họ và tên',
      '3 Họ và tên',
      '3 Năm',
      '3 Xếp loại',
      '4 Mã đơn vị',
      '4 Số quyết định',
      '4 Ngày quyết định',
      '4 Cơ quan quyết định',
    ]);
    expect(errors[1].message).toBe('có 2 người tên “Trần Thị Bình” trong đơn vị');
  });
});
