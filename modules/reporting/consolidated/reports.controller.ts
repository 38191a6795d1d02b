import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';
import { OVERSEERS } from '@platform/http/access';
import type { ConsolidatedReport } from './consolidated';
import { ConsolidatedReply } from './consolidated.reply';
import { ConsolidatedService } from './consolidated.service';
import { DocumentQuery } from '../document.query';
import { renderDocx } from './docx';
import { renderXlsx } from './xlsx';

const FORMATS = ['json', 'xlsx', 'docx'] as const;
const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export class ConsolidatedQuery {
  @ApiPropertyOptional({
    description: 'Report request id, period key (2026-Q1, 2026) or ad-hoc request number',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  period?: string;

  @ApiPropertyOptional({ enum: FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(FORMATS)
  format: (typeof FORMATS)[number] = 'json';
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('plans/:id/reports')
export class ReportsController {
  constructor(
    private readonly consolidated: ConsolidatedService,
    private readonly documents: DocumentQuery,
  ) {}

  /** Generated, not compiled: the appendix table, indicators against targets, timeliness per unit. */
  @Get('consolidated')
  @Roles(...OVERSEERS)
  @ApiProduces('application/json', MEDIA.xlsx, MEDIA.docx)
  @ApiOkResponse({ type: ConsolidatedReply, description: 'JSON; DOCX or XLSX as a file with `format`' })
  async get(
    @Param('id', uuidParam('id')) planId: string,
    @Query() query: ConsolidatedQuery,
  ): Promise<ConsolidatedReport | StreamableFile> {
    const report = await this.consolidated.build(planId, query.period);
    if (query.format === 'json') return report;
    const content =
      query.format === 'xlsx'
        ? await renderXlsx(report)
        : await renderDocx(report, await this.documents.reportFrame(report));
    const name = `bao-cao-tong-hop-${report.plan.number.replace(/[^\w-]+/g, '-')}-${report.period?.key ?? 'hien-tai'}.${query.format}`;
    return new StreamableFile(content, {
      type: MEDIA[query.format],
      length: content.length,
      disposition: `attachment; filename="${name}"`,
    });
  }
}
