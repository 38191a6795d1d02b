import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { uuidParam } from '@platform/http/uuid-param';
import { RestrictionView } from '../restriction.projection';
import { LiftDto, RestrictionDto } from './restriction.dto';
import { DissolveDto, MergeDto, MoveDto, ProfileDto, RenameDto, UnitDto, UnitKindDto } from './unit.dto';
import { UnitsService } from './units.service';
import { UnitKindReply, UnitPage, UnitReply } from './unit.reply';

@ApiTags('units')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly units: UnitsService) {}

  /** What the organisation is known by: its issuing body, standing agency and rule set. */
  @Put(':code/profile')
  @ApiOkResponse({ type: UnitReply })
  @Roles('admin')
  setProfile(
    @Param('code') code: string,
    @Body() profile: ProfileDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitReply> {
    return this.units.change({ type: 'SetOrganisationProfile', data: { code, profile } }, actor);
  }
}

@ApiTags('units')
@ApiBearerAuth()
@Controller('unit-kinds')
export class UnitKindsController {
  constructor(private readonly units: UnitsService) {}

  /** The kinds units can have: the defaults and those an admin defined. */
  @Get()
  @ApiOkResponse({ type: [UnitKindReply] })
  list(): Promise<UnitKindReply[]> {
    return this.units.kinds();
  }

  @Post()
  @ApiOkResponse({ type: UnitKindReply })
  @HttpCode(200)
  @Roles('admin')
  define(@Body() body: UnitKindDto, @CurrentActor() actor: Actor): Promise<UnitKindReply> {
    return this.units.defineKind(body, actor);
  }
}

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
  list(@Query() page: PageQuery, @CurrentActor() actor: Actor): Promise<Page<UnitReply>> {
    return this.units.list(page.limit, page.offset, actor);
  }

  @Get(':code')
  @ApiOkResponse({ type: UnitReply })
  get(@Param('code') code: string): Promise<UnitReply> {
    return this.units.get(code);
  }

  @Post(':code/rename')
  @ApiOkResponse({ type: UnitReply })
  @HttpCode(200)
  @Roles('owner', 'admin')
  rename(
    @Param('code') code: string,
    @Body() b: RenameDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitReply> {
    return this.units.change({ type: 'RenameUnit', data: { code, name: b.name, on: b.on } }, actor);
  }

  @Post(':code/move')
  @ApiOkResponse({ type: UnitReply })
  @HttpCode(200)
  @Roles('owner', 'admin')
  move(@Param('code') code: string, @Body() b: MoveDto, @CurrentActor() actor: Actor): Promise<UnitReply> {
    return this.units.change({ type: 'MoveUnit', data: { code, parentCode: b.parentCode, on: b.on } }, actor);
  }

  /** The unit ends; its own units move under the one it merged into, keeping it as former parent. */
  @Post(':code/merge')
  @ApiOkResponse({ type: UnitReply })
  @HttpCode(200)
  @Roles('owner', 'admin')
  merge(@Param('code') code: string, @Body() b: MergeDto, @CurrentActor() actor: Actor): Promise<UnitReply> {
    return this.units.change({ type: 'MergeUnit', data: { code, into: b.into, on: b.on } }, actor);
  }

  @Post(':code/dissolve')
  @ApiOkResponse({ type: UnitReply })
  @HttpCode(200)
  @Roles('owner', 'admin')
  dissolve(
    @Param('code') code: string,
    @Body() b: DissolveDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitReply> {
    return this.units.change({ type: 'DissolveUnit', data: { code, on: b.on } }, actor);
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
