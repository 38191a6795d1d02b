import { Module } from '@nestjs/common';
import { WorkModule } from '@modules/assignment/http/work.module';
import { PlansModule } from '@modules/plan/http/plans.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { PeopleModule } from '@modules/people/http/people.module';
import { DocumentQuery } from '../document.query';
import { ConsolidatedService } from '../consolidated/consolidated.service';
import { ReportsController } from '../consolidated/reports.controller';
import { RenderPool } from '../consolidated/render.pool';
import { ReportingQuery } from '../reporting.query';
import { ImplementationQuery } from '../implementation.query';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [PlansModule, WorkModule, UnitsModule, PeopleModule],
  controllers: [ReportingController, ReportsController, DocumentsController],
  providers: [
    ReportingService,
    ReportingQuery,
    ConsolidatedService,
    ImplementationQuery,
    DocumentQuery,
    DocumentsService,
    RenderPool,
  ],
  exports: [ReportingQuery],
})
export class ReportingModule {}
