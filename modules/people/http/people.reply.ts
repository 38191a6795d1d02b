import { ApiProperty } from '@nestjs/swagger';
import { AccountView, GrantView, PersonView } from '../people.projection';

export class AccountReply extends AccountView {
  @ApiProperty({ type: [GrantView] }) grants: GrantView[];
}

export class PersonReply {
  @ApiProperty({ type: PersonView }) person: PersonView;
  @ApiProperty({ type: [AccountReply] }) accounts: AccountReply[];
}
