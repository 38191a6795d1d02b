import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ConsolidatedService } from './consolidated.service';
import { ReportsController } from './reports.controller';

@Module({ imports: [PlansModule], controllers: [ReportsController], providers: [ConsolidatedService] })
export class ReportsModule {}
