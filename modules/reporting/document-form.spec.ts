import { dateLine, defaultSymbol, documentIdentity, initials, signatureLines } from './document-form';

const commune = documentIdentity({ issuingBody: 'Ủy ban nhân dân xã Kim Thành', level: 'commune' }, null);
const department = documentIdentity(
  { issuingBody: 'Sở Khoa học và Công nghệ', level: 'department' },
  'Ủy ban nhân dân thành phố Hải Phòng',
);

describe('an organisation on paper (Nghị định 30/2020)', () => {
  it('given a People’s Committee, then a collective body with no governing body above it', () => {
    expect(commune).toEqual({
      governingBody: null,
      issuingBody: 'Ủy ban nhân dân xã Kim Thành',
      abbreviation: 'UBND',
      place: 'Kim Thành',
      headTitle: 'Chủ tịch',
      collective: 'Ủy ban nhân dân',
    });
  });

  it('given a department, then its city above it, its initials, the city’s place and a director', () => {
    expect(department).toMatchObject({
      governingBody: 'Ủy ban nhân dân thành phố Hải Phòng',
      abbreviation: 'SKHCN',
      place: 'Hải Phòng',
      headTitle: 'Giám đốc',
      collective: null,
    });
  });

  it('given what its profile sets, then that wins over the defaults', () => {
    const set = documentIdentity(
      {
        issuingBody: 'Sở Khoa học và Công nghệ',
        settings: { abbreviation: 'SKH&CN', placeName: 'TP. Hải Phòng' },
      },
      'Ủy ban nhân dân thành phố Hải Phòng',
    );
    expect(set).toMatchObject({ abbreviation: 'SKH&CN', place: 'TP. Hải Phòng' });
  });

  it('writes symbols from initials, keeping Đ and leaving out “Phòng” and connectors', () => {
    expect(initials('Phòng Chuyển đổi số')).toBe('CĐS');
    expect(initials('Phòng Văn hóa – Xã hội')).toBe('VHXH');
    expect(defaultSymbol('bao_cao', department, 'Văn phòng Sở')).toBe('BC-SKHCN');
    expect(defaultSymbol('cong_van', commune, 'Phòng Văn hóa – Xã hội')).toBe('UBND-VHXH');
  });

  it('dates documents with a zero before days below 10 and months 1 and 2 only', () => {
    expect(dateLine('2025-09-05')).toBe('ngày 05 tháng 9 năm 2025');
    expect(dateLine('2026-02-14')).toBe('ngày 14 tháng 02 năm 2026');
    expect(dateLine('2026-06-12')).toBe('ngày 12 tháng 6 năm 2026');
  });

  it.each([
    ['head', commune, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    ['deputy', commune, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    ['head', department, ['GIÁM ĐỐC']],
    ['deputy', department, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']],
    ['acting', department, ['Q. GIÁM ĐỐC']],
    ['authorised', department, ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG']],
  ] as const)('signs as %s', (mode, identity, lines) => {
    expect(signatureLines(identity, { mode, position: 'Chánh Văn phòng' })).toEqual(lines);
  });
});
