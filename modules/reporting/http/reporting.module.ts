import { Module } from '@nestjs/common';
import { WorkModule } from '@modules/assignment/http/work.module';
import { PlansModule } from '@modules/plan/http/plans.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { ConsolidatedService } from '../consolidated/consolidated.service';
import { ReportsController } from '../consolidated/reports.controller';
import { ReportingQuery } from '../reporting.query';
import { ImplementationQuery } from '../implementation.query';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';

@Module({
  imports: [PlansModule, WorkModule, UnitsModule],
  controllers: [ReportingController, ReportsController],
  providers: [ReportingService, ReportingQuery, ConsolidatedService, ImplementationQuery],
  exports: [ReportingQuery],
})
export class ReportingModule {}
