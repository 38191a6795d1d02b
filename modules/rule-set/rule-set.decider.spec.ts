import { DeciderSpecification, type Actor } from '@kernel';
import { ruleSetDecider, type PublishedRuleSet, type RuleSetCommand } from './rule-set.decider';

const admin: Actor = { userId: 'admin', username: 'admin', role: 'admin' };
const spec = DeciderSpecification(ruleSetDecider);
const version: PublishedRuleSet = {
  jurisdiction: 'UY-BAN-NHAN-DAN-XA-KIM-THANH',
  effectiveFrom: '2026-01-01',
  name: 'Quy chế thi đua xã Kim Thành 2026',
  postingWorkingDays: 5,
};
const publish = (data: PublishedRuleSet): RuleSetCommand => ({ type: 'PublishRuleSet', data, actor: admin });

describe('reward rule-set versions', () => {
  it('publishes a version; the same again changes nothing', () => {
    spec
      .given()
      .when(publish(version))
      .then([{ type: 'RuleSetPublished', data: version }]);
    spec.after(publish(version)).when(publish(version)).thenNothingHappens();
  });

  it('keeps a published version immutable: a change needs a new effective date', () => {
    spec
      .after(publish(version))
      .when(publish({ ...version, postingWorkingDays: 7 }))
      .thenThrows('ALREADY_EXISTS', { field: 'effectiveFrom' });
    spec
      .after(publish(version))
      .when(publish({ ...version, effectiveFrom: '2027-01-01' }))
      .then((events) => expect(events).toHaveLength(1));
  });

  it('lets only admins publish', () => {
    spec
      .given()
      .when({ ...publish(version), actor: { ...admin, role: 'owner' } })
      .thenThrows('FORBIDDEN');
  });
});
