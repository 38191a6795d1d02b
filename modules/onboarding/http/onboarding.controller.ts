import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '@kernel';
import { CurrentActor, ReadOnly, Roles } from '@platform/http/auth.decorators';
import { uploadOptions, type Upload } from '@platform/http/uploads';
import { uuidParam } from '@platform/http/uuid-param';
import { ImportJob } from '../import.entity';
import { OnboardingService } from './onboarding.service';

class SheetUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'XLSX or CSV with the columns of the export',
  })
  file: unknown;
}

class RowErrorReply {
  @ApiProperty() row: number;
  @ApiProperty() column: string;
  @ApiProperty() message: string;
}

export class ImportPreviewReply {
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'rows with data' }) total: number;
  @ApiProperty() newUnits: number;
  @ApiProperty() newAccounts: number;
  @ApiProperty({ type: [RowErrorReply] }) errors: RowErrorReply[];
}

class SheetFormatQuery {
  @ApiProperty({ enum: ['xlsx', 'csv'], required: false })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: 'format phải là xlsx hoặc csv' })
  format?: 'xlsx' | 'csv';
}

const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Organisations, units, people and accounts from a sheet, and back to one. */
@ApiTags('onboarding')
@ApiBearerAuth()
@Controller()
export class OnboardingController {
  constructor(private readonly onboarding: OnboardingService) {}

  /** Every error by row and column, and what the import would add; nothing is written. */
  @Post('imports/preview')
  @HttpCode(200)
  @ReadOnly()
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: SheetUploadDto })
  @ApiOkResponse({ type: ImportPreviewReply })
  @UseInterceptors(FileInterceptor('file', uploadOptions))
  async preview(
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ImportPreviewReply> {
    const { rows: _rows, ...preview } = await this.onboarding.preview(file, actor);
    return preview;
  }

  /** Starts the import of a sheet without errors (else 400 listing them); follow it at `GET /imports/:id`. */
  @Post('imports')
  @HttpCode(202)
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: SheetUploadDto })
  @ApiOkResponse({ type: ImportJob })
  @UseInterceptors(FileInterceptor('file', uploadOptions))
  start(@UploadedFile() file: Upload | undefined, @CurrentActor() actor: Actor): Promise<ImportJob> {
    return this.onboarding.start(file, actor);
  }

  @Get('imports/:id')
  @Roles('admin')
  @ApiOkResponse({ type: ImportJob })
  job(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor): Promise<ImportJob> {
    return this.onboarding.job(id, actor);
  }

  /** The organisation's units and people in the import's columns: edit and import it back. */
  @Get('organisations/:code/sheet')
  @Roles('admin', 'auditor')
  @ApiOkResponse({ description: 'XLSX (default) or CSV' })
  async sheet(@Param('code') code: string, @Query() query: SheetFormatQuery): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const content = await this.onboarding.export(code, format);
    return new StreamableFile(content, {
      type: MEDIA[format],
      length: content.length,
      disposition: `attachment; filename="don-vi-nguoi-dung-${code}.${format}"`,
    });
  }
}
