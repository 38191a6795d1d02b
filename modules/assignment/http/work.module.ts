import { Module } from '@nestjs/common';
import { AssignmentsService } from './assignments.service';
import { EvidenceService } from './evidence.service';
import { MeController } from './me.controller';
import { PlanWorkController } from './plan-work.controller';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [TasksController, PlanWorkController, MeController],
  providers: [AssignmentsService, EvidenceService],
  exports: [AssignmentsService],
})
export class WorkModule {}
