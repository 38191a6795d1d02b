import { MARKS_TRANSLATION, withoutMarks } from './text';

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
