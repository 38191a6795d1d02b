import { Module } from '@nestjs/common';
import { OrganisationScope } from '../organisation-scope.query';
import { UnitDirectoryQuery } from '../unit-directory.query';
import { OrganisationsController, UnitKindsController, UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  controllers: [OrganisationsController, UnitKindsController, UnitsController],
  providers: [UnitsService, UnitDirectoryQuery, OrganisationScope],
  exports: [UnitDirectoryQuery, OrganisationScope, UnitsService],
})
export class UnitsModule {}
