import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { WorkModule } from '../work/work.module';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';

@Module({
  imports: [PlansModule, WorkModule],
  controllers: [ReportingController],
  providers: [ReportingService],
})
export class ReportingModule {}
