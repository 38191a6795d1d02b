import { Module } from '@nestjs/common';
import { PeopleModule } from '@modules/people/http/people.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { AccountStore } from '@platform/database/account.store';
import { OnboardingController } from './onboarding.controller';
import { OnboardingService } from './onboarding.service';

@Module({
  imports: [UnitsModule, PeopleModule],
  controllers: [OnboardingController],
  providers: [OnboardingService, AccountStore],
})
export class OnboardingModule {}
