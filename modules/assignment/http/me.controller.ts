import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { type AssignmentView } from '../assignment.projection';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { actorUnit, UNIT_MEMBERS } from '@platform/http/access';
import { AssignmentsService } from './assignments.service';

/** A unit member's own tasks, nothing of other units (their alerts and requests: reporting). */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
@Roles(...UNIT_MEMBERS)
export class MeController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('tasks')
  tasks(@Query() page: PageQuery, @CurrentActor() actor: Actor): Promise<Page<AssignmentView>> {
    return this.assignments.list({ unitCode: actorUnit(actor) }, page.limit, page.offset);
  }
}
