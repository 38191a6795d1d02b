import { Module } from '@nestjs/common';
import { UnitDirectoryQuery } from '../unit-directory.query';
import { UnitKindsController, UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  controllers: [UnitKindsController, UnitsController],
  providers: [UnitsService, UnitDirectoryQuery],
  exports: [UnitDirectoryQuery],
})
export class UnitsModule {}
