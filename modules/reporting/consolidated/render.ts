import type { DataSource } from 'typeorm';
import { AssignmentQuery } from '@modules/assignment/assignment.query';
import { PeopleQuery } from '@modules/people/people.query';
import { PlanQuery } from '@modules/plan/plan.query';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { DocumentQuery } from '../document.query';
import { ImplementationQuery } from '../implementation.query';
import { ReportingQuery } from '../reporting.query';
import { ConsolidatedService } from './consolidated.service';
import { renderDocx } from './docx';
import { renderXlsx } from './xlsx';

export type FileFormat = 'json' | 'docx' | 'xlsx';

export interface RenderRequest {
  planId: string;
  period?: string;
  format: FileFormat;
}

export interface RenderedFile {
  name: string;
  content: Uint8Array;
}

/**
 * The consolidated report as bytes (JSON, XLSX, DOCX): read, built and rendered together, so the process that
 * runs it (a worker thread of the API, see render.pool.ts) holds every row and every byte of
 * it, and the API's event loop none.
 */
export function fileRenderer(db: DataSource) {
  const units = new UnitDirectoryQuery(db);
  const consolidated = new ConsolidatedService(
    new PlanQuery(db),
    new AssignmentQuery(db),
    units,
    new ReportingQuery(db),
    new ImplementationQuery(db),
  );
  const documents = new DocumentQuery(units, new PeopleQuery(db));
  return async ({ planId, period, format }: RenderRequest): Promise<RenderedFile> => {
    const report = await consolidated.build(planId, period);
    const content =
      format === 'json'
        ? Buffer.from(JSON.stringify(report), 'utf8')
        : format === 'xlsx'
          ? await renderXlsx(report)
          : await renderDocx(report, await documents.reportFrame(report));
    const name = `bao-cao-tong-hop-${report.plan.number.replace(/[^\w-]+/g, '-')}-${report.period?.key ?? 'hien-tai'}.${format}`;
    return { name, content };
  };
}
