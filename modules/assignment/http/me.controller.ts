import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@kernel';
import { AlertView } from '@modules/reporting/alert.projection';
import { type AssignmentView } from '../assignment.projection';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { actorUnit, UNIT_MEMBERS } from '@platform/http/access';
import { AssignmentsService } from './assignments.service';

/** A unit member's own view: their unit's assignments and inbox, nothing of other units. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
@Roles(...UNIT_MEMBERS)
export class MeController {
  constructor(
    private readonly assignments: AssignmentsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get('tasks')
  tasks(@Query() page: PageQuery, @CurrentActor() actor: Actor): Promise<Page<AssignmentView>> {
    return this.assignments.list({ unitCode: actorUnit(actor) }, page.limit, page.offset);
  }

  /** Reminders, overdue notices and (for the standing agency) escalations, newest first. */
  @Get('alerts')
  async alerts(@Query() page: PageQuery, @CurrentActor() actor: Actor): Promise<Page<AlertView>> {
    const [items, total] = await this.db.getRepository(AlertView).findAndCount({
      where: { unitCode: actorUnit(actor) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return { items, total, limit: page.limit, offset: page.offset };
  }
}
