import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { DomainError, type Actor } from '@kernel';
import { READERS_OF_ALL } from '@platform/http/access';
import { CurrentActor, ReadOnly, Roles } from '@platform/http/auth.decorators';
import { PageOf, PageQuery, type Page } from '@platform/http/page';
import { uploadOptions, type Upload } from '@platform/http/uploads';
import { uuidParam } from '@platform/http/uuid-param';
import { ReportDocumentView } from '../report-document.projection';
import { DocumentDraftDto, DocumentPreview, IssueDto, VerifyUploadDto } from './documents.dto';
import { DocumentsService } from './documents.service';
import { attachment, DOCX } from '@platform/http/attachment';

const uuid = uuidParam('id');
const DRAFTERS = ['owner', 'standing', 'admin'] as const;

class ReportDocumentPage extends PageOf(ReportDocumentView) {}

class Verification {
  @ApiProperty({ description: 'Whether the document has been issued' }) issued: boolean;
  @ApiProperty({ description: 'The file’s SHA-256 equals the one recorded at issue' }) matches: boolean;
  @ApiProperty({ type: String, nullable: true }) sha256: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Recorded when it was issued' }) recorded:
    string | null;
}

@ApiTags('reporting')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  /** The standing agency drafts a report or công văn of the plan, answering a request or not. */
  @Post('plans/:id/report-documents')
  @ApiOkResponse({ type: ReportDocumentView })
  @Roles(...DRAFTERS)
  draft(
    @Param('id', uuid) planId: string,
    @Body() body: DocumentDraftDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReportDocumentView> {
    return this.documents.draft(planId, body, actor);
  }

  @Get('plans/:id/report-documents')
  @ApiOkResponse({ type: ReportDocumentPage })
  @Roles(...READERS_OF_ALL)
  list(@Param('id', uuid) planId: string, @Query() page: PageQuery): Promise<Page<ReportDocumentView>> {
    return this.documents.list(planId, page.limit, page.offset);
  }

  @Get('report-documents/:id')
  @ApiOkResponse({ type: ReportDocumentView })
  @Roles(...READERS_OF_ALL)
  get(@Param('id', uuid) id: string): Promise<ReportDocumentView> {
    return this.documents.get(id);
  }

  @Put('report-documents/:id')
  @ApiOkResponse({ type: ReportDocumentView })
  @Roles(...DRAFTERS)
  revise(
    @Param('id', uuid) id: string,
    @Body() body: DocumentDraftDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReportDocumentView> {
    return this.documents.revise(id, body, actor);
  }

  /** The document part by part, to preview on screen before issuing. */
  @Get('report-documents/:id/preview')
  @ApiOkResponse({ type: DocumentPreview })
  @Roles(...READERS_OF_ALL)
  preview(@Param('id', uuid) id: string): Promise<DocumentPreview> {
    return this.documents.preview(id);
  }

  /** The draft as it would print (number left blank), or the issued file exactly as issued. */
  @Get('report-documents/:id/file')
  @Roles(...READERS_OF_ALL)
  @ApiProduces(DOCX)
  async file(@Param('id', uuid) id: string): Promise<StreamableFile> {
    const { name, content } = await this.documents.file(id);
    return attachment(content, DOCX, name);
  }

  /** The head, a deputy (KT.), an acting head (Q.) or the office by authorisation (TL.) issues it. */
  @Post('report-documents/:id/issue')
  @HttpCode(200)
  @ApiOkResponse({ type: ReportDocumentView })
  @Roles('chairman', 'standing')
  issue(
    @Param('id', uuid) id: string,
    @Body() body: IssueDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReportDocumentView> {
    return this.documents.issue(id, body, actor);
  }

  /** Whether the kept file still matches the fingerprint recorded when it was issued. */
  @Get('report-documents/:id/verify')
  @ApiOkResponse({ type: Verification })
  @Roles(...READERS_OF_ALL)
  verifyKept(@Param('id', uuid) id: string): Promise<Verification> {
    return this.documents.verify(id);
  }

  /** Whether a copy someone holds is the issued file. */
  @Post('report-documents/:id/verify')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: VerifyUploadDto })
  @ApiOkResponse({ type: Verification })
  @Roles(...READERS_OF_ALL)
  @ReadOnly()
  @UseInterceptors(FileInterceptor('file', uploadOptions))
  verifyCopy(@Param('id', uuid) id: string, @UploadedFile() file: Upload | undefined): Promise<Verification> {
    if (!file)
      throw new DomainError('VALIDATION_FAILED', 'Thiếu tệp cần kiểm tra (trường “file”)', { field: 'file' });
    return this.documents.verify(id, file.buffer);
  }
}
