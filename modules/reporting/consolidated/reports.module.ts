import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { ConsolidatedService } from './consolidated.service';
import { ReportsController } from './reports.controller';

@Module({ imports: [PlansModule], controllers: [ReportsController], providers: [ConsolidatedService] })
export class ReportsModule {}
