import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { RestrictionView } from '../restriction.projection';
import { LiftDto, RestrictionDto } from './restriction.dto';
import { UnitDto } from './unit.dto';
import { UnitsService } from './units.service';
import { UnitPage, UnitReply } from './unit.reply';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @ApiOkResponse({ type: UnitReply })
  @Roles('owner', 'admin')
  register(@Body() body: UnitDto, @CurrentActor() actor: Actor): Promise<UnitReply> {
    return this.units.register(body, actor);
  }

  @Get()
  @ApiOkResponse({ type: UnitPage })
  list(@Query() page: PageQuery): Promise<Page<UnitReply>> {
    return this.units.list(page.limit, page.offset);
  }

  @Get(':code')
  @ApiOkResponse({ type: UnitReply })
  get(@Param('code') code: string): Promise<UnitReply> {
    return this.units.get(code);
  }

  /** A discipline, inspection or unresolved complaint: no reward while it stands (domain.md §6). */
  @Post(':code/restrictions')
  @ApiOkResponse({ type: RestrictionView })
  @Roles('standing', 'owner', 'admin')
  restrict(
    @Param('code') code: string,
    @Body() body: RestrictionDto,
    @CurrentActor() actor: Actor,
  ): Promise<RestrictionView> {
    return this.units.restrict(code, body, actor);
  }

  @Get(':code/restrictions')
  @ApiOkResponse({ type: [RestrictionView] })
  @Roles('owner', 'standing', 'council', 'chairman', 'auditor', 'admin')
  restrictions(@Param('code') code: string): Promise<RestrictionView[]> {
    return this.units.restrictions(code);
  }

  @Post('restrictions/:id/lift')
  @ApiOkResponse({ type: RestrictionView })
  @HttpCode(200)
  @Roles('standing', 'owner', 'admin')
  lift(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: LiftDto,
    @CurrentActor() actor: Actor,
  ): Promise<RestrictionView> {
    return this.units.lift(id, body.reason, actor);
  }
}
