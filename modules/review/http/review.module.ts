import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { RuleSetModule } from '@modules/rule-set/http/rule-set.module';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [PlansModule, RuleSetModule],
  controllers: [ReviewsController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewModule {}
