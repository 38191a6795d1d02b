import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../../libs/domain/src';
import type { ReviewView } from '../../../../libs/projections/src';
import { CurrentActor, Roles } from '../auth/decorators';
import { uuidParam } from '../common/uuid-param';
import { NominationsService, type NominationReply } from './nominations.service';
import { CouncilResultDto, NominationDto, OpenReviewDto, RemarkDto } from './rewards.dto';
import { ReviewsService, type ReviewReply } from './reviews.service';

const uuid = uuidParam('id');

@ApiTags('reviews')
@ApiBearerAuth()
@Controller()
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly nominations: NominationsService,
  ) {}

  /** A review on request: a phase's ahead of its end, or an annual one. Phases' own open at their end. */
  @Post('plans/:id/reviews')
  @Roles('owner', 'admin')
  open(
    @Param('id', uuid) planId: string,
    @Body() body: OpenReviewDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewReply> {
    const target = body.phaseCode !== undefined ? { phaseCode: body.phaseCode } : { year: body.year! };
    return this.reviews.open(planId, target, actor);
  }

  @Get('plans/:id/reviews')
  list(@Param('id', uuid) planId: string): Promise<ReviewView[]> {
    return this.reviews.list(planId);
  }

  /** Every unit scored against the plan's criteria, ranked, with the figures behind each score. */
  @Get('reviews/:id')
  get(@Param('id', uuid) id: string): Promise<ReviewReply> {
    return this.reviews.get(id);
  }

  @Post('reviews/:id/remarks')
  @Roles('standing', 'admin')
  remark(
    @Param('id', uuid) id: string,
    @Body() body: RemarkDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewReply> {
    return this.reviews.remark(id, body.text, actor);
  }

  @Post('reviews/:id/close')
  @HttpCode(200)
  @Roles('standing', 'admin')
  close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ReviewReply> {
    return this.reviews.close(id, actor);
  }

  @Post('reviews/:id/nominations')
  @Roles('unit', 'standing', 'owner', 'admin')
  nominate(
    @Param('id', uuid) id: string,
    @Body() body: NominationDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationReply> {
    return this.nominations.propose(id, body, actor);
  }

  /** The council's result for a form with a quota: places by yes votes, ties to the chair's vote. */
  @Post('reviews/:id/council-results')
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
