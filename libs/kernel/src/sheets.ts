/** A sheet's column: its key in code, and the Vietnamese header people type above it. */
export interface SheetColumn<K extends string> {
  key: K;
  header: string;
}

/** A row's cells by column, with its number in the sheet (the header is row 1). */
export type SheetRow<K extends string> = Partial<Record<K, string>> & { row: number };

/** A refusal of a cell, by row and column as the sheet shows them. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/**
 * Reads a sheet by its header row's Vietnamese names (in any order, any case); unknown columns
 * are ignored, empty rows skipped. `required`: the columns a row cannot do without, reported
 * as missing when the header lacks them.
 */
export function sheetRows<K extends string>(
  table: string[][],
  columns: ReadonlyArray<SheetColumn<K>>,
  required: readonly K[],
): { rows: Array<SheetRow<K>>; missing: string[] } {
  const [head = [], ...body] = table;
  const index = new Map(head.map((h, i) => [h.trim().toLowerCase(), i]));
  const at = columns.map((c) => ({ key: c.key, header: c.header, i: index.get(c.header.toLowerCase()) }));
  const missing = at.filter((a) => required.includes(a.key) && a.i === undefined).map((a) => a.header);
  const rows = body.flatMap((cells, n): Array<SheetRow<K>> =>
    cells.some((c) => c?.trim())
      ? [
          {
            row: n + 2,
            ...Object.fromEntries(at.filter((a) => a.i !== undefined).map((a) => [a.key, cells[a.i!] ?? ''])),
          } as SheetRow<K>,
        ]
      : [],
  );
  return { rows, missing };
}
