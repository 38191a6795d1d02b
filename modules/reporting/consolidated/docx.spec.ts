import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from './docx';
import { exampleFrame, exampleReport } from './report.examples';

/** The document's text as a reader meets it: a line per paragraph, `┼` where a table row starts. */
function lines(xml: string): string[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...body.matchAll(/<w:tr[ >]|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map(([part]) =>
    part.startsWith('<w:tr')
      ? '┼'
      : unescape([...part.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
}

describe('the consolidated report as DOCX', () => {
  it('given the example report, then its text, paragraph by paragraph and row by row, is the golden rendering', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(exampleReport(), exampleFrame));
    const xml = await zip.file('word/document.xml')!.async('string');
    const golden = readFileSync(join(__dirname, 'docx.golden.txt'), 'utf8').split('\n').slice(0, -1);
    expect(lines(xml)).toEqual(golden);
    // Every appendix table repeats its header row on each page; no marker is left behind.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(5);
    expect(xml).not.toMatch(/⟦\d+⟧/);
  });

  it('given a package, then every part is there and the content types come first', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(exampleReport(), exampleFrame));
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', '_rels/.rels']));
  });
});
