import { Module } from '@nestjs/common';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [UnitsModule],
  controllers: [PlansController],
  providers: [PlansService],
  exports: [PlansService],
})
export class PlansModule {}
