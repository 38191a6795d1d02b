import { Module } from '@nestjs/common';
import { ConsiderationQuery } from '@modules/consideration/consideration.query';
import { PlansModule } from '@modules/plan/http/plans.module';
import { ReportingModule } from '@modules/reporting/http/reporting.module';
import { ReviewModule } from '@modules/review/http/review.module';
import { RuleSetModule } from '@modules/rule-set/http/rule-set.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { PeopleModule } from '@modules/people/http/people.module';
import { NominationQuery } from '../nomination.query';
import { InboxController } from './inbox.controller';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { ReviewNominationsController } from './review-nominations.controller';

@Module({
  imports: [PlansModule, ReviewModule, RuleSetModule, UnitsModule, ReportingModule, PeopleModule],
  controllers: [NominationsController, ReviewNominationsController, InboxController],
  providers: [NominationsService, NominationQuery, ConsiderationQuery],
})
export class NominationModule {}
