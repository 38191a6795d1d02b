import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { AssignmentQuery } from '../assignment.query';
import { AssignmentsService } from './assignments.service';
import { MeController } from './me.controller';
import { PlanWorkController } from './plan-work.controller';
import { TasksController } from './tasks.controller';

@Module({
  imports: [PlansModule],
  controllers: [TasksController, PlanWorkController, MeController],
  providers: [AssignmentsService, AssignmentQuery],
  exports: [AssignmentQuery],
})
export class WorkModule {}
