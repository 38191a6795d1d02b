import { requireRole, type Command, type Decider, type DomainEvent } from '@kernel';

/**
 * An organisation's register of decisions for one year: numbers follow each other, and a
 * nomination asking again gets the number it already has. `register`: the organisation's code
 * (absent for plans from before organisations: the register is then the issuer's name).
 * `floor`: the last number the issuer's register gave that year before it was the
 * organisation's, so numbering goes on rather than starting again.
 */
export type DecisionRegisterCommand = Command<
  'AssignDecisionNumber',
  { nominationId: string; issuer: string; year: number; suffix: string; register?: string; floor?: number }
>;
export type DecisionRegisterEvent = DomainEvent<
  'DecisionNumberAssigned',
  { nominationId: string; issuer: string; year: number; seq: number; number: string; register?: string }
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
    // Decisions are numbered for the chairman; documents also for the office signing by authorisation.
    requireRole(command.actor, ['chairman', 'standing', 'admin']);
    const { nominationId, issuer, year, suffix, register, floor = 0 } = command.data;
    if (state.assigned[nominationId]) return [];
    const seq = Math.max(state.last, floor) + 1;
    return [
      {
        type: 'DecisionNumberAssigned',
        data: {
          nominationId,
          issuer,
          year,
          seq,
          number: `${seq}/${suffix}`,
          ...(register ? { register } : {}),
        },
      },
    ];
  },
  evolve: (state, event) => ({
    assigned: { ...state.assigned, [event.data.nominationId]: event.data.number },
    last: Math.max(state.last, event.data.seq),
  }),
};
