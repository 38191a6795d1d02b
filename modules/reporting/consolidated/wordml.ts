/**
 * The appendix tables as WordprocessingML written from row templates: a country's appendix has
 * tens of thousands of rows, and building the docx library's object tree for each costs seconds
 * where writing the markup costs milliseconds. The markup is what the library wrote for the same
 * tables (the golden test holds them to the same text): a repeated header row, column widths in
 * per cent of the text width, every line of a cell its own paragraph, text escaped.
 */

/** One column: its heading and its share of the text width, in per cent. */
export type Column = [label: string, percent: number];

export interface CellOptions {
  bold?: boolean;
  /** Columns this cell spans. */
  span?: number;
  align?: 'center';
}

export type Cell = string | [text: string, options: CellOptions];

// The A4 text width between 30 mm and 15 mm margins, in twentieths of a point.
const TEXT_WIDTH = 11906 - 45 * 56.7;
const SIZE = 22; // 11 pt, in half-points

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const RUN_BOLD = `<w:rPr><w:b/><w:bCs/><w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/></w:rPr>`;
const RUN_PLAIN = `<w:rPr><w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/></w:rPr>`;
const PARA = (align: string) => `<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="${align}"/></w:pPr><w:r>`;
const PARA_LEFT = PARA('left');
const PARA_CENTER = PARA('center');

function cellXml(text: string, options: CellOptions, width?: number): string {
  const props =
    (width ? `<w:tcW w:type="pct" w:w="${width * 50}"/>` : '') +
    (options.span ? `<w:gridSpan w:val="${options.span}"/>` : '') +
    '<w:vAlign w:val="center"/>';
  const open = options.align === 'center' ? PARA_CENTER : PARA_LEFT;
  const run = options.bold ? RUN_BOLD : RUN_PLAIN;
  let paragraphs = '';
  for (const line of text.split('\n'))
    paragraphs += `${open}${run}<w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`;
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraphs}</w:tc>`;
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('');

/** A bordered full-width table: its header row repeated on every page, then its rows. */
export function tableXml(columns: Column[], rows: Cell[][]): string {
  const grid = columns
    .map(([, pct]) => `<w:gridCol w:w="${Math.round((pct * TEXT_WIDTH) / 100)}"/>`)
    .join('');
  const header = columns.map(([label, pct]) => cellXml(label, { bold: true, align: 'center' }, pct)).join('');
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr>`,
    `<w:tblGrid>${grid}</w:tblGrid>`,
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${header}</w:tr>`,
  ];
  for (const row of rows) {
    let cells = '';
    for (const cell of row) cells += typeof cell === 'string' ? cellXml(cell, {}) : cellXml(cell[0], cell[1]);
    parts.push(`<w:tr>${cells}</w:tr>`);
  }
  parts.push('</w:tbl>');
  return parts.join('');
}
