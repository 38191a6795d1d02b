import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';
import { UNIT_MEMBERS } from '@platform/http/access';
import { TaskReply } from './assignment.reply';
import { AssignmentsService } from './assignments.service';
import { EvidenceView as EvidenceReply } from '../evidence.projection';
import { uploadOptions, type Upload } from '@platform/http/uploads';
import { ContributionDto, EvidenceUploadDto, ProgressDto } from './work.dto';

const uuid = uuidParam('id');

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('tasks/:id')
  @ApiOkResponse({ type: TaskReply })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<TaskReply> {
    return this.assignments.task(id, actor);
  }

  /** The lead unit sets the task's status and result. */
  @Post('tasks/:id/progress')
  @ApiOkResponse({ type: TaskReply })
  @HttpCode(200)
  @Roles(...UNIT_MEMBERS)
  progress(
    @Param('id', uuid) id: string,
    @Body() body: ProgressDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskReply> {
    return this.assignments.progress(id, body, actor);
  }

  /** A coordinating unit adds what it contributed. */
  @Post('tasks/:id/contributions')
  @ApiOkResponse({ type: TaskReply })
  @HttpCode(200)
  @Roles(...UNIT_MEMBERS)
  contribute(
    @Param('id', uuid) id: string,
    @Body() body: ContributionDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskReply> {
    return this.assignments.contribute(id, body.text, actor);
  }

  @Post('tasks/:id/evidence')
  @Roles(...UNIT_MEMBERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: EvidenceUploadDto })
  @UseInterceptors(FileInterceptor('file', uploadOptions))
  attach(
    @Param('id', uuid) id: string,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceReply> {
    return this.assignments.attach(id, file, actor);
  }

  @Get('tasks/:id/evidence')
  @ApiOkResponse({ type: [EvidenceReply] })
  listEvidence(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<EvidenceReply[]> {
    return this.assignments.evidenceOf(id, actor);
  }

  @Get('evidence/:id/content')
  async download(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { evidence, content } = await this.assignments.evidenceContent(id, actor);
    return new StreamableFile(content, {
      type: evidence.mediaType,
      length: evidence.size,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
    });
  }
}
