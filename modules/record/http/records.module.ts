import { Module } from '@nestjs/common';
import { PeopleModule } from '@modules/people/http/people.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { RecordQuery } from '../record.query';
import { InitiativesController } from './initiatives.controller';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

@Module({
  imports: [PeopleModule, UnitsModule],
  controllers: [RecordsController, InitiativesController],
  providers: [RecordsService, RecordQuery],
})
export class RecordsModule {}
