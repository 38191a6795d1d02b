const NUMERALS: Array<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Roman numerals, as Vietnamese documents number quarters, groups and appendices (1–39). */
export function roman(n: number): string {
  let out = '';
  for (let left = n; left > 0;) {
    const [value, numeral] = NUMERALS.find(([v]) => v <= left) as [number, string];
    out += numeral;
    left -= value;
  }
  return out;
}
