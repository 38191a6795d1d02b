import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsIn, IsOptional } from 'class-validator';
import { uploadOptions, type Upload } from '@platform/http/uploads';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { READERS_OF_ALL } from '@platform/http/access';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { RecordRatingView, RecordTitleView } from '../record.projection';
import { RatingDto, RecordQueryDto, TitleDto } from './records.dto';
import {
  RecordsService,
  type RecordImport,
  type RecordSubjects,
  type SubjectRecord,
} from './records.service';

class RatingReply extends RecordRatingView {
  @ApiProperty({ example: 'Hoàn thành tốt nhiệm vụ' }) label: string;
}

class SubjectRecordReply implements SubjectRecord {
  @ApiProperty({ example: 'person:…' }) subject: string;
  @ApiProperty({ type: [RecordTitleView] }) titles: RecordTitleView[];
  @ApiProperty({ type: [RatingReply] }) ratings: RatingReply[];
}

class RecordSheetUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'XLSX or CSV with the records sheet’s columns',
  })
  file: unknown;
}

class DryRunQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'check only, write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

class RecordRowErrorReply {
  @ApiProperty() row: number;
  @ApiProperty() column: string;
  @ApiProperty() message: string;
}

class RecordImportReply implements RecordImport {
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'rows with data' }) total: number;
  @ApiProperty() ratings: number;
  @ApiProperty() titles: number;
  @ApiProperty({ type: [RecordRowErrorReply] }) errors: RecordRowErrorReply[];
  @ApiProperty({ description: 'written (no error, not a dry run)' }) imported: boolean;
}

class RecordPerson {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) position: string | null;
  @ApiProperty({ type: String, nullable: true }) unitCode: string | null;
}

class RecordUnit {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

class RecordSubjectsReply implements RecordSubjects {
  @ApiProperty({ type: [RecordPerson] }) people: RecordPerson[];
  @ApiProperty({ type: [RecordUnit] }) units: RecordUnit[];
}

/** Records over the years (hồ sơ thành tích): titles received and yearly ratings, per person and collective. */
@ApiTags('records')
@ApiBearerAuth()
@Controller('organisations/:code/records')
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  @Post('titles')
  @ApiOkResponse({ type: RecordTitleView })
  @Roles('standing', 'admin')
  title(@Param('code') code: string, @Body() body: TitleDto, @CurrentActor() actor: Actor) {
    return this.records.title(code, body, actor);
  }

  @Post('ratings')
  @ApiOkResponse({ type: RecordRatingView })
  @Roles('standing', 'admin')
  rating(@Param('code') code: string, @Body() body: RatingDto, @CurrentActor() actor: Actor) {
    return this.records.rating(code, body, actor);
  }

  /** History from a sheet (XLSX or CSV): checked row by row; with `dryRun`, only checked. */
  @Post('import')
  @HttpCode(200)
  @Roles('standing', 'admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: RecordSheetUploadDto })
  @ApiOkResponse({ type: RecordImportReply })
  @UseInterceptors(FileInterceptor('file', uploadOptions))
  import(
    @Param('code') code: string,
    @Query() query: DryRunQuery,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<RecordImport> {
    return this.records.import(code, file, query.dryRun === 'true', actor);
  }

  /** Whose records the organisation keeps: its people, and itself with its units (a unit names its initiatives' authors from it). */
  @Get('subjects')
  @ApiOkResponse({ type: RecordSubjectsReply })
  @Roles(...READERS_OF_ALL, 'unit')
  subjects(@Param('code') code: string, @CurrentActor() actor: Actor): Promise<RecordSubjects> {
    return this.records.subjects(code, actor);
  }

  @Get()
  @ApiOkResponse({ type: SubjectRecordReply })
  @Roles(...READERS_OF_ALL)
  record(
    @Param('code') code: string,
    @Query() query: RecordQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<SubjectRecord> {
    return this.records.record(code, query, actor);
  }
}
