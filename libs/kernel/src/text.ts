/** "Ủy ban xã Đồng Tâm" → "Uy ban xa Dong Tam": Vietnamese without its marks, for keys and searches. */
export const withoutMarks = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const LOWER = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';

/**
 * The arguments of SQL `translate(text, from, to)` that take the marks off Vietnamese letters,
 * so the database folds stored text the way `withoutMarks` folds what people type.
 */
export const MARKS_TRANSLATION = {
  from: LOWER + LOWER.toUpperCase(),
  to: withoutMarks(LOWER + LOWER.toUpperCase()),
} as const;

/** A percentage the Vietnamese way, two decimals kept: 77,78 %; 65,00 %. */
export const formatPercent = (value: number): string => `${value.toFixed(2).replace('.', ',')} %`;
