import { Module } from '@nestjs/common';
import { WorkModule } from '@modules/assignment/http/work.module';
import { PlansModule } from '@modules/plan/http/plans.module';
import { ReportingModule } from '@modules/reporting/http/reporting.module';
import { RuleSetModule } from '@modules/rule-set/http/rule-set.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { ReviewQuery } from '../review.query';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [PlansModule, RuleSetModule, WorkModule, ReportingModule, UnitsModule],
  controllers: [ReviewsController],
  providers: [ReviewsService, ReviewQuery],
  exports: [ReviewQuery],
})
export class ReviewModule {}
