import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import type { PlanView } from '../plan.entity';
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
  draft(@Body() body: PlanDto, @CurrentActor() actor: Actor): Promise<PlanView> {
    return this.plans.draft(body, actor);
  }

  @Put(':id')
  @Roles('owner', 'admin')
  revise(
    @Param('id', uuid) id: string,
    @Body() body: PlanDto,
    @CurrentActor() actor: Actor,
  ): Promise<PlanView> {
    return this.plans.revise(id, body, actor);
  }

  @Post(':id/launch')
  @HttpCode(200)
  @Roles('owner', 'admin')
  launch(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<PlanView> {
    return this.plans.launch(id, actor);
  }

  @Get()
  list(@Query() page: PageQuery): Promise<Page<PlanView>> {
    return this.plans.list(page.limit, page.offset);
  }

  @Get(':id')
  get(@Param('id', uuid) id: string): Promise<PlanView> {
    return this.plans.get(id);
  }
}
