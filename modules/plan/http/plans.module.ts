import { Module } from '@nestjs/common';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { PlanQuery } from '../plan.query';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [UnitsModule],
  controllers: [PlansController],
  providers: [PlansService, PlanQuery],
  exports: [PlansService, PlanQuery],
})
export class PlansModule {}
