import { Module } from '@nestjs/common';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { AccountStore } from '@platform/database/account.store';
import { PeopleQuery } from '../people.query';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({
  imports: [UnitsModule],
  controllers: [PeopleController],
  providers: [PeopleService, PeopleQuery, AccountStore],
  exports: [PeopleQuery, PeopleService],
})
export class PeopleModule {}
