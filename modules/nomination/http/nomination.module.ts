import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { ReviewModule } from '@modules/review/http/review.module';
import { RuleSetModule } from '@modules/rule-set/http/rule-set.module';
import { InboxController } from './inbox.controller';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { ReviewNominationsController } from './review-nominations.controller';

@Module({
  imports: [PlansModule, ReviewModule, RuleSetModule],
  controllers: [NominationsController, ReviewNominationsController, InboxController],
  providers: [NominationsService],
})
export class NominationModule {}
