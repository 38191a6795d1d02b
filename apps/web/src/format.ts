// Vietnamese forms: dates dd/mm/yyyy, numbers 12.345 and 77,78 %.
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** 2026-03-14 or an ISO instant → 14/03/2026 (the day in Việt Nam). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
  return dateFormat.format(date);
}

export const formatNumber = (n: number): string => new Intl.NumberFormat('vi-VN').format(n);

export const formatPercent = (n: number, digits = 2): string =>
  `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n)} %`;

/** Vietnamese text without its marks, so “thon dong tam” finds “Thôn Đồng Tâm”. */
export const withoutMarks = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
