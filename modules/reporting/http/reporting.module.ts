import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { WorkModule } from '@modules/assignment/http/work.module';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';

@Module({
  imports: [PlansModule, WorkModule],
  controllers: [ReportingController],
  providers: [ReportingService],
})
export class ReportingModule {}
