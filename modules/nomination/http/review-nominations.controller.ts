import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';
import { CouncilResultDto, NominationDto } from './nomination.dto';
import { NominationReply } from './nomination.reply';
import { NominationsService } from './nominations.service';

const uuid = uuidParam('id');

/** Nominations are proposed in a closed review, and the council's quota is applied per review. */
@ApiTags('nominations')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewNominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Post(':id/nominations')
  @ApiOkResponse({ type: NominationReply })
  @Roles('unit', 'standing', 'owner', 'admin')
  nominate(
    @Param('id', uuid) id: string,
    @Body() body: NominationDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.propose(id, body, actor);
  }

  /** The council's result for a form with a quota: places by yes votes, ties to the chair's vote. */
  @Post(':id/council-results')
  @ApiOkResponse({ type: [NominationReply] })
  @HttpCode(200)
  @Roles('council', 'standing', 'admin')
  councilResult(
    @Param('id', uuid) id: string,
    @Body() body: CouncilResultDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply[]> {
    return this.nominations.councilResult(id, body.form, actor);
  }
}
