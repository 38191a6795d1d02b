import { attachment, DOCX } from '@platform/http/attachment';
import {
  Body,
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
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import type { Page } from '@platform/http/page';
import { uploadOptions, type Upload } from '@platform/http/uploads';
import { uuidParam } from '@platform/http/uuid-param';
import { validationPipe } from '@platform/http/validation';
import { NominationPage, NominationReply } from './nomination.reply';
import { NominationsService } from './nominations.service';
import {
  AppraisalDto,
  CityDecisionDto,
  DocumentDto,
  DocumentKindDto,
  ForwardDto,
  NominationFilter,
  ObjectionDto,
  ResolutionDto,
  VoteDto,
} from './nomination.dto';

const uuid = uuidParam('id');

@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Get()
  @ApiOkResponse({ type: NominationPage })
  list(@Query() query: NominationFilter, @CurrentActor() actor: Actor): Promise<Page<NominationReply>> {
    return this.nominations.list(query, actor);
  }

  /** The nomination with every step taken so far, who took it and when. */
  @Get(':id')
  @ApiOkResponse({ type: NominationReply })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationReply> {
    return this.nominations.get(id, actor);
  }

  @Post(':id/documents')
  @ApiOkResponse({ type: NominationReply })
  @Roles('unit', 'standing', 'owner', 'admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: DocumentDto })
  @UseInterceptors(FileInterceptor('file', uploadOptions))
  async attach(
    @Param('id', uuid) id: string,
    @UploadedFile() file: Upload | undefined,
    @Body() body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    // Multipart fields arrive beside the file: validate them like any JSON body.
    const { kind } = (await validationPipe.transform(body, {
      type: 'body',
      metatype: DocumentKindDto,
    })) as DocumentKindDto;
    return this.nominations.attach(id, kind, file, actor);
  }

  @Get(':id/documents/:documentId/content')
  async document(
    @Param('id', uuid) id: string,
    @Param('documentId', uuidParam('documentId')) documentId: string,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const { document, content } = await this.nominations.document(id, documentId, actor);
    return attachment(content, document.mediaType, document.fileName);
  }

  /** Checks the dossier has what the form requires, then sends it to the standing agency. */
  @Post(':id/submit')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('unit', 'standing', 'owner', 'admin')
  submit(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationReply> {
    return this.nominations.submit(id, actor);
  }

  @Post(':id/appraisal')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('standing', 'admin')
  appraise(
    @Param('id', uuid) id: string,
    @Body() body: AppraisalDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.appraise(id, body, actor);
  }

  @Post(':id/votes')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('council')
  vote(
    @Param('id', uuid) id: string,
    @Body() body: VoteDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.vote(id, body, actor);
  }

  @Post(':id/vote/close')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('council', 'standing', 'admin')
  closeVote(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationReply> {
    return this.nominations.closeVote(id, actor);
  }

  @Post(':id/objections')
  @ApiOkResponse({ type: NominationReply })
  object(
    @Param('id', uuid) id: string,
    @Body() body: ObjectionDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.object(id, body.text, actor);
  }

  @Post(':id/objections/:objectionId/resolution')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('standing', 'admin')
  resolve(
    @Param('id', uuid) id: string,
    @Param('objectionId', uuidParam('objectionId')) objectionId: string,
    @Body() body: ResolutionDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.resolve(id, objectionId, body, actor);
  }

  /** The commune chairman signs; the decision gets the issuer's next number for the year. */
  @Post(':id/decision')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('chairman')
  decide(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationReply> {
    return this.nominations.decide(id, actor);
  }

  /** A Bằng khen of the city chairman: the commune forwards its nomination to the city. */
  @Post(':id/forward')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('chairman', 'standing', 'admin')
  forward(
    @Param('id', uuid) id: string,
    @Body() body: ForwardDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.forward(id, body.letter, actor);
  }

  @Post(':id/city-decision')
  @ApiOkResponse({ type: NominationReply })
  @HttpCode(200)
  @Roles('standing', 'admin')
  cityDecision(
    @Param('id', uuid) id: string,
    @Body() body: CityDecisionDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.recordCityDecision(id, body, actor);
  }

  @Get(':id/certificate')
  async certificate(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { fileName, content } = await this.nominations.certificate(id, actor);
    return attachment(content, DOCX, fileName);
  }
}
