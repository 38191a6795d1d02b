import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../../libs/domain/src';
import { CurrentActor, Roles } from '../auth/decorators';
import { PageQuery, type Page } from '../common/page';
import { UnitDto } from './unit.dto';
import { UnitsService, type UnitReply } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @Roles('owner', 'admin')
  register(@Body() body: UnitDto, @CurrentActor() actor: Actor): Promise<UnitReply> {
    return this.units.register(body, actor);
  }

  @Get()
  list(@Query() page: PageQuery): Promise<Page<UnitReply>> {
    return this.units.list(page.limit, page.offset);
  }

  @Get(':code')
  get(@Param('code') code: string): Promise<UnitReply> {
    return this.units.get(code);
  }
}
