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
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import type { EvidenceView } from '../evidence.projection';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';
import { UNIT_MEMBERS } from '@platform/http/access';
import { AssignmentsService, type TaskReply } from './assignments.service';
import { uploadOptions, type Upload } from '@platform/http/uploads';
import { EvidenceService } from './evidence.service';
import { ContributionDto, EvidenceUploadDto, ProgressDto } from './work.dto';

const uuid = uuidParam('id');

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly evidence: EvidenceService,
  ) {}

  @Get('tasks/:id')
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<TaskReply> {
    return this.assignments.task(id, actor);
  }

  /** The lead unit sets the task's status and result. */
  @Post('tasks/:id/progress')
  @HttpCode(200)
  @Roles(...UNIT_MEMBERS)
  async progress(
    @Param('id', uuid) id: string,
    @Body() body: ProgressDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskReply> {
    const own = await this.assignments.ownAssignment(id, actor);
    await this.assignments.send(own.planId, own.unitCode, {
      type: 'RecordProgress',
      data: { taskCode: own.taskCode, status: body.status, result: body.result },
      actor,
    });
    return this.assignments.task(id, actor);
  }

  /** A coordinating unit adds what it contributed. */
  @Post('tasks/:id/contributions')
  @HttpCode(200)
  @Roles(...UNIT_MEMBERS)
  async contribute(
    @Param('id', uuid) id: string,
    @Body() body: ContributionDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskReply> {
    const own = await this.assignments.ownAssignment(id, actor);
    await this.assignments.send(own.planId, own.unitCode, {
      type: 'AddContribution',
      data: { taskCode: own.taskCode, text: body.text },
      actor,
    });
    return this.assignments.task(id, actor);
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
  ): Promise<EvidenceView> {
    return this.evidence.attach(id, file, actor);
  }

  @Get('tasks/:id/evidence')
  listEvidence(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<EvidenceView[]> {
    return this.evidence.list(id, actor);
  }

  @Get('evidence/:id/content')
  async download(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { evidence, content } = await this.evidence.content(id, actor);
    return new StreamableFile(content, {
      type: evidence.mediaType,
      length: evidence.size,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
    });
  }
}
