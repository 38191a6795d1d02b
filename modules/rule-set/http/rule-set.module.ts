import { Module } from '@nestjs/common';
import { RuleSetQuery } from '../rule-set.query';
import { RuleSetsController } from './rule-sets.controller';
import { RuleSetsService } from './rule-sets.service';

@Module({
  controllers: [RuleSetsController],
  providers: [RuleSetsService, RuleSetQuery],
  exports: [RuleSetQuery],
})
export class RuleSetModule {}
