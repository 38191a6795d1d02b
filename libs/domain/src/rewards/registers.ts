import { fail } from '../errors';
import { canonicalJson } from '../canonical-json';
import { requireRole, type Command, type Decider, type DomainEvent } from '../messages';
import type { RewardRuleSet } from './rule-set';

/**
 * An issuer's register of decisions for one year: numbers follow each other, and a
 * nomination asking again gets the number it already has.
 */
export type DecisionRegisterCommand = Command<
  'AssignDecisionNumber',
  { nominationId: string; issuer: string; year: number; suffix: string }
>;
export type DecisionRegisterEvent = DomainEvent<
  'DecisionNumberAssigned',
  { nominationId: string; issuer: string; year: number; seq: number; number: string }
>;
export interface DecisionRegister {
  assigned: Record<string, string>;
  last: number;
}

export const decisionRegisterDecider: Decider<
  DecisionRegister,
  DecisionRegisterCommand,
  DecisionRegisterEvent
> = {
  initialState: { assigned: {}, last: 0 },
  decide(state, command) {
    requireRole(command.actor, ['chairman', 'admin']);
    const { nominationId, issuer, year, suffix } = command.data;
    if (state.assigned[nominationId]) return [];
    const seq = state.last + 1;
    return [
      {
        type: 'DecisionNumberAssigned',
        data: { nominationId, issuer, year, seq, number: `${seq}/${suffix}` },
      },
    ];
  },
  evolve: (state, event) => ({
    assigned: { ...state.assigned, [event.data.nominationId]: event.data.number },
    last: Math.max(state.last, event.data.seq),
  }),
};

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
