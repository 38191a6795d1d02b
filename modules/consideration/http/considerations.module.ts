import { Module } from '@nestjs/common';
import { PeopleModule } from '@modules/people/http/people.module';
import { RuleSetModule } from '@modules/rule-set/http/rule-set.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { ConsiderationQuery } from '../consideration.query';
import { ConsiderationsController } from './considerations.controller';
import { ConsiderationsService } from './considerations.service';

@Module({
  imports: [PeopleModule, UnitsModule, RuleSetModule],
  controllers: [ConsiderationsController],
  providers: [ConsiderationsService, ConsiderationQuery],
})
export class ConsiderationsModule {}
