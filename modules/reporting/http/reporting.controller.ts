import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import type { AlertView } from '../alert.projection';
import type { ReportRequestView } from '../report-request.projection';
import { ReportSubmissionView } from '../report-submission.projection';
import { AlertPage, ReportRequestPage, RequestReply } from './reporting.reply';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { UNIT_MEMBERS } from '@platform/http/access';
import { ReportRequestDto, SubmissionDto } from './reporting.dto';
import { ReportingService } from './reporting.service';

const uuid = uuidParam('id');

@ApiTags('reporting')
@ApiBearerAuth()
@Controller()
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  @Post('plans/:id/report-requests')
  @ApiOkResponse({ type: RequestReply })
  @Roles('owner', 'standing', 'admin')
  issue(
    @Param('id', uuid) planId: string,
    @Body() body: ReportRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<RequestReply> {
    return this.reporting.issue(planId, body, actor);
  }

  /** Periodic and ad-hoc requests of a plan, by due date (units see those addressed to them). */
  @Get('plans/:id/report-requests')
  @ApiOkResponse({ type: ReportRequestPage })
  list(
    @Param('id', uuid) planId: string,
    @Query() page: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ReportRequestView>> {
    return this.reporting.list(planId, actor, page.limit, page.offset);
  }

  @Get('me/report-requests')
  @ApiOkResponse({ type: ReportRequestPage })
  @Roles(...UNIT_MEMBERS)
  mine(@Query() page: PageQuery, @CurrentActor() actor: Actor): Promise<Page<ReportRequestView>> {
    return this.reporting.forUnit(actor, page.limit, page.offset);
  }

  /** Reminders, overdue notices and (for the standing agency) escalations, newest first. */
  @Get('me/alerts')
  @ApiOkResponse({ type: AlertPage })
  @Roles(...UNIT_MEMBERS)
  alerts(@Query() page: PageQuery, @CurrentActor() actor: Actor): Promise<Page<AlertView>> {
    return this.reporting.alerts(actor, page.limit, page.offset);
  }

  /** The request with each asked unit's timeliness: on time, late (days), overdue or pending. */
  @Get('report-requests/:id')
  @ApiOkResponse({ type: RequestReply })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<RequestReply> {
    return this.reporting.get(id, actor);
  }

  @Post('report-requests/:id/submissions')
  @ApiOkResponse({ type: ReportSubmissionView })
  @Roles(...UNIT_MEMBERS)
  submit(
    @Param('id', uuid) id: string,
    @Body() body: SubmissionDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReportSubmissionView> {
    return this.reporting.submit(id, body, actor);
  }

  @Get('report-requests/:id/submissions')
  @ApiOkResponse({ type: [ReportSubmissionView] })
  submissions(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ReportSubmissionView[]> {
    return this.reporting.submissions(id, actor);
  }
}
