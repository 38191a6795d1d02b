import { attachment, DOCX } from '@platform/http/attachment';
import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';
import { OVERSEERS } from '@platform/http/access';
import { ConsolidatedReply } from './consolidated.reply';
import { RenderPool } from './render.pool';

const FORMATS = ['json', 'xlsx', 'docx'] as const;
const JSON_TYPE = 'application/json; charset=utf-8';
const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: DOCX,
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
  constructor(private readonly files: RenderPool) {}

  /** Generated, not compiled: the appendix table, indicators against targets, timeliness per unit. */
  @Get('consolidated')
  @Roles(...OVERSEERS)
  @ApiProduces('application/json', MEDIA.xlsx, MEDIA.docx)
  @ApiOkResponse({ type: ConsolidatedReply, description: 'JSON; DOCX or XLSX as a file with `format`' })
  async get(
    @Param('id', uuidParam('id')) planId: string,
    @Query() query: ConsolidatedQuery,
  ): Promise<StreamableFile> {
    // Read, built and written in a worker thread, JSON too: the API answers others meanwhile.
    const { name, content } = await this.files.render({ planId, period: query.period, format: query.format });
    if (query.format === 'json')
      return new StreamableFile(content, { type: JSON_TYPE, length: content.length });
    return attachment(content, MEDIA[query.format], name);
  }
}
