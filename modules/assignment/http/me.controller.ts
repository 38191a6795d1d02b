import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { PageQuery, type Page } from '@platform/http/page';
import { UNIT_MEMBERS } from '@platform/http/access';
import { MyTaskPage, type MyTask } from './assignment.reply';
import { AssignmentsService } from './assignments.service';

/** A unit member's own tasks, nothing of other units (their alerts and requests: reporting). */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
@Roles(...UNIT_MEMBERS)
export class MeController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('tasks')
  @ApiOkResponse({ type: MyTaskPage })
  tasks(@Query() page: PageQuery, @CurrentActor() actor: Actor): Promise<Page<MyTask>> {
    return this.assignments.mine(actor, page.limit, page.offset);
  }
}
