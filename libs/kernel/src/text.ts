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

/**
 * A number the Vietnamese way: a dot between thousands, a comma before decimals (12.345;
 * 1.234,5). `decimals`: exactly that many digits after the comma; absent: as many as it has.
 */
export function formatNumber(value: number, decimals?: number): string {
  const fixed = decimals === undefined ? String(Math.abs(value)) : Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A percentage the Vietnamese way, two decimals kept: 77,78 %; 65,00 %. */
export const formatPercent = (value: number): string => `${formatNumber(value, 2)} %`;

/** "Quý IV năm 2026" → "quý IV năm 2026": sentence case inside a sentence, the rest untouched. */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
