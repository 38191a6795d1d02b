import { Module } from '@nestjs/common';
import { AssignmentQuery } from '../assignment.query';
import { AssignmentsService } from './assignments.service';
import { MeController } from './me.controller';
import { PlanWorkController } from './plan-work.controller';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [TasksController, PlanWorkController, MeController],
  providers: [AssignmentsService, AssignmentQuery],
  exports: [AssignmentQuery],
})
export class WorkModule {}
