import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { InboxController } from './inbox.controller';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';
import { RuleSetsController } from './rule-sets.controller';
import { RuleSetsService } from './rule-sets.service';

@Module({
  imports: [PlansModule],
  controllers: [ReviewsController, NominationsController, RuleSetsController, InboxController],
  providers: [ReviewsService, NominationsService, RuleSetsService],
})
export class RewardsModule {}
