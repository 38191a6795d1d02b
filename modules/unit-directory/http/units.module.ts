import { Module } from '@nestjs/common';
import { UnitDirectoryQuery } from '../unit-directory.query';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  controllers: [UnitsController],
  providers: [UnitsService, UnitDirectoryQuery],
  exports: [UnitDirectoryQuery],
})
export class UnitsModule {}
