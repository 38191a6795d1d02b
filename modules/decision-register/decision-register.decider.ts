import { requireRole, type Command, type Decider, type DomainEvent } from '@kernel';

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
