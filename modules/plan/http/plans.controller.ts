import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { PlanPage, PlanReply } from './plan.reply';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { PlanDto } from './plan.dto';
import { PlansService } from './plans.service';

const uuid = uuidParam('id');

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @Roles('owner', 'admin')
  draft(@Body() body: PlanDto, @CurrentActor() actor: Actor): Promise<PlanReply> {
    return this.plans.draft(body, actor);
  }

  @Put(':id')
  @Roles('owner', 'admin')
  revise(
    @Param('id', uuid) id: string,
    @Body() body: PlanDto,
    @CurrentActor() actor: Actor,
  ): Promise<PlanReply> {
    return this.plans.revise(id, body, actor);
  }

  @Post(':id/launch')
  @ApiOkResponse({ type: PlanReply })
  @HttpCode(200)
  @Roles('owner', 'admin')
  launch(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<PlanReply> {
    return this.plans.launch(id, actor);
  }

  @Get()
  @ApiOkResponse({ type: PlanPage })
  list(@Query() page: PageQuery): Promise<Page<PlanReply>> {
    return this.plans.list(page.limit, page.offset);
  }

  @Get(':id')
  @ApiOkResponse({ type: PlanReply })
  get(@Param('id', uuid) id: string): Promise<PlanReply> {
    return this.plans.get(id);
  }
}
