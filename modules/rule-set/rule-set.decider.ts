import { canonicalJson, fail, requireRole, type Command, type Decider, type DomainEvent } from '@kernel';
import type { RewardRuleSet } from './rule-set.policy';

/** Published rule-set versions: immutable once published; a change is a new effective date. */
export type PublishedRuleSet = Partial<RewardRuleSet> & {
  jurisdiction: string;
  effectiveFrom: string;
  name: string;
};
export type RuleSetCommand = Command<'PublishRuleSet', PublishedRuleSet>;
export type RuleSetEvent = DomainEvent<'RuleSetPublished', PublishedRuleSet>;
export interface RuleSetRegistry {
  versions: Record<string, PublishedRuleSet>;
}

export const ruleSetKey = (r: { jurisdiction: string; effectiveFrom: string }) =>
  `${r.jurisdiction}/${r.effectiveFrom}`;

export const ruleSetDecider: Decider<RuleSetRegistry, RuleSetCommand, RuleSetEvent> = {
  initialState: { versions: {} },
  decide(state, command) {
    requireRole(command.actor, ['admin']);
    const key = ruleSetKey(command.data);
    const existing = state.versions[key];
    if (existing) {
      if (canonicalJson(existing) === canonicalJson(command.data)) return [];
      fail(
        'ALREADY_EXISTS',
        `Bộ quy tắc ${command.data.jurisdiction} hiệu lực từ ${command.data.effectiveFrom} đã công bố; thay đổi cần ngày hiệu lực mới`,
        {
          field: 'effectiveFrom',
        },
      );
    }
    return [{ type: 'RuleSetPublished', data: command.data }];
  },
  evolve: (state, event) => ({ versions: { ...state.versions, [ruleSetKey(event.data)]: event.data } }),
};
