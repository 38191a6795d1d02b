import { formatNumber, formatPercent, MARKS_TRANSLATION, withoutMarks } from './text';

describe('Vietnamese text without its marks', () => {
  it('given words with tones and đ, then only the base letters remain, in their case', () => {
    expect(withoutMarks('Ủy ban nhân dân xã Đồng Tâm')).toBe('Uy ban nhan dan xa Dong Tam');
  });

  it('given the SQL translation, then each marked letter maps to one base letter, as withoutMarks folds it', () => {
    const { from, to } = MARKS_TRANSLATION;
    expect([...from].length).toBe([...to].length);
    [...from].forEach((letter, i) => expect(withoutMarks(letter)).toBe([...to][i]));
  });
});

describe('numbers the Vietnamese way', () => {
  it('given thousands and decimals, then dots group the thousands and a comma starts the decimals', () => {
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-4500)).toBe('-4.500');
    expect(formatNumber(0.5, 2)).toBe('0,50');
    expect(formatNumber(-0.001, 2)).toBe('0,00');
  });

  it('given a percentage, then two decimals are kept, trailing zeros too', () => {
    expect(formatPercent((7 / 9) * 100)).toBe('77,78 %');
    expect(formatPercent((13 / 20) * 100)).toBe('65,00 %');
    expect(formatPercent(100)).toBe('100,00 %');
    expect(formatPercent(1234.5)).toBe('1.234,50 %');
  });
});
