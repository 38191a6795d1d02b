import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DomainError } from '@kernel';

const run = promisify(execFile);

/**
 * A DOCX printed to PDF by LibreOffice (`SOFFICE`, else `soffice` on the path), in a child
 * process so the API's event loop is never held. Each conversion has its own profile: two at
 * once would otherwise lock one another out.
 */
export async function docxToPdf(docx: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-pdf-'));
  try {
    await writeFile(join(dir, 'document.docx'), docx);
    await run(
      process.env.SOFFICE ?? 'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'document.docx'),
      ],
      { timeout: 120_000 },
    ).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        throw new DomainError(
          'PDF_UNAVAILABLE',
          'Máy chủ chưa cài LibreOffice để in ra PDF; hãy tải bản DOCX',
          {
            field: 'format',
          },
        );
      throw error;
    });
    return await readFile(join(dir, 'document.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
