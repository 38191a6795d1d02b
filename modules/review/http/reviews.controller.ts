import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { ReviewView } from '../review.projection';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';
import { OpenReviewDto, RemarkDto } from './review.dto';
import { ReviewsService } from './reviews.service';
import { ReviewReply } from './review.reply';
import { PlanOverviewReply } from './review.shapes';
import { READERS_OF_ALL } from '@platform/http/access';

const uuid = uuidParam('id');

@ApiTags('reviews')
@ApiBearerAuth()
@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  /** A review on request: a phase's ahead of its end, or an annual one. Phases' own open at their end. */
  @Post('plans/:id/reviews')
  @ApiOkResponse({ type: ReviewReply })
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
  @ApiOkResponse({ type: [ReviewView] })
  list(@Param('id', uuid) planId: string): Promise<ReviewView[]> {
    return this.reviews.list(planId);
  }

  /** Every unit scored against the plan's criteria, ranked, with the figures behind each score. */
  @Get('reviews/:id')
  @ApiOkResponse({ type: ReviewReply })
  get(@Param('id', uuid) id: string): Promise<ReviewReply> {
    return this.reviews.get(id);
  }

  @Post('reviews/:id/remarks')
  @ApiOkResponse({ type: ReviewReply })
  @Roles('standing', 'admin')
  remark(
    @Param('id', uuid) id: string,
    @Body() body: RemarkDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewReply> {
    return this.reviews.remark(id, body.text, actor);
  }

  @Post('reviews/:id/close')
  @ApiOkResponse({ type: ReviewReply })
  @HttpCode(200)
  @Roles('standing', 'admin')
  close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ReviewReply> {
    return this.reviews.close(id, actor);
  }

  /** The plan's dashboard: tasks and report timeliness per unit, indicators against their targets. */
  @Get('plans/:id/overview')
  @ApiOkResponse({ type: PlanOverviewReply })
  @Roles(...READERS_OF_ALL)
  overview(@Param('id', uuid) planId: string): Promise<PlanOverviewReply> {
    return this.reviews.overview(planId);
  }
}
