import { Entity, Index } from 'typeorm';
import { REWARD_FORMS, type RewardForm, type Tally, type VoteChoice } from '@kernel';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import {
  afterObjection,
  PROPOSAL_STATUS_LABELS,
  type ConsiderationEvent,
  type ProposalStatus,
  type Recipient,
} from './consideration.decider';
import {
  subjectKey,
  subjectName,
  type ConsiderationSubject,
  type ProposalFacts,
} from './consideration.rules';

type Of<T extends ConsiderationEvent['type']> = StoredEvent & Extract<ConsiderationEvent, { type: T }>;
const FREE = { type: 'object', additionalProperties: true } as const;

/** Nominations name some events alike (VoteConcluded, DecisionSigned): only this stream's count. */
const ours = (stored: StoredEvent): boolean => stored.streamId.startsWith('consideration-');

/** `KIMTHANH-2025` → the body's code and the year. */
const bodyAndYear = (considerationId: string) => {
  const cut = considerationId.lastIndexOf('-');
  return { bodyCode: considerationId.slice(0, cut), year: Number(considerationId.slice(cut + 1)) };
};

/** A yearly consideration, where it stands and who sits on its vote. */
@Entity({ name: 'considerations' })
@Index(['organisationCode', 'year'])
export class ConsiderationView {
  @ApiPrimaryColumn({ type: 'text' }, { example: 'KIMTHANH-2025' }) id: string;
  @ApiColumn({ name: 'organisation_code', type: 'text' }) organisationCode: string;
  @ApiColumn({ name: 'body_code', type: 'text' }) bodyCode: string;
  @ApiColumn({ name: 'body_name', type: 'text' }) bodyName: string;
  @ApiColumn({ name: 'head_title', type: 'text' }) headTitle: string;
  @ApiColumn({ type: 'integer' }) year: number;
  @ApiColumn({ type: 'text' }, { enum: ['open', 'voting', 'concluded'] }) status:
    'open' | 'voting' | 'concluded';
  @ApiColumn({ name: 'opened_on', type: 'date' }) openedOn: string;
  @ApiColumn({ type: 'integer' }) round: number;
  @ApiColumn({ type: 'jsonb' }, { type: [String] }) members: string[];
  @ApiColumn({ type: 'text' }) chair: string;
  /** The proposals on the council's ballot. */
  @ApiColumn({ type: 'jsonb' }, { type: [String] }) voting: string[];
  @ApiColumn({ name: 'voting_since', type: 'timestamptz', nullable: true }) votingSince: Date | null;
  /** Each member's ballot of the current round: choice per proposal. */
  @ApiColumn({ type: 'jsonb' }, { ...FREE, description: 'member → { written, choices }' })
  ballots: Record<string, { written: boolean; choices: Record<string, VoteChoice> }>;
}

/** A proposal for one form, with its reasons when refused and its outcome once voted. */
@Entity({ name: 'consideration_proposals' })
@Index(['considerationId'])
export class ProposalView {
  @ApiPrimaryColumn({ type: 'text' }) id: string;
  @ApiColumn({ name: 'consideration_id', type: 'text' }) considerationId: string;
  @ApiColumn({ name: 'body_code', type: 'text' }) bodyCode: string;
  @ApiColumn({ type: 'integer' }) year: number;
  @ApiColumn({ name: 'subject_key', type: 'text' }) subjectKey: string;
  @ApiColumn({ type: 'jsonb' }, { ...FREE, description: 'individual, collective or household' })
  subject: ConsiderationSubject;
  @ApiColumn({ type: 'text' }) name: string;
  @ApiColumn({ name: 'unit_code', type: 'text' }) unitCode: string;
  @ApiColumn({ type: 'text' }, { enum: REWARD_FORMS }) form: RewardForm;
  @ApiColumn({ type: 'text' }) achievement: string;
  @ApiColumn({ name: 'proposed_by', type: 'text' }) proposedBy: string;
  @ApiColumn({ type: 'text' }, { enum: Object.keys(PROPOSAL_STATUS_LABELS) }) status: ProposalStatus;
  @ApiColumn({ type: 'jsonb' }, { type: [String], description: 'why it was refused, one per rule' })
  reasons: string[];
  @ApiColumn(
    { type: 'jsonb' },
    { ...FREE, description: 'rating, titles, initiatives, units read when proposed' },
  )
  facts: ProposalFacts;
  @ApiColumn({ type: 'text', nullable: true }) basis: string | null;
  @ApiColumn({ type: 'jsonb', nullable: true }, { ...FREE, nullable: true }) tally: Tally | null;
  @ApiColumn({ name: 'posting_until', type: 'date', nullable: true }) postingUntil: string | null;
  @ApiColumn({ name: 'posting_ends_at', type: 'timestamptz', nullable: true }) postingEndsAt: Date | null;
  @ApiColumn({ name: 'decision_id', type: 'text', nullable: true }) decisionId: string | null;
  @ApiColumn({ type: 'integer', nullable: true }) amount: number | null;
  @ApiColumn(
    { type: 'jsonb' },
    { type: 'array', items: { ...FREE }, description: 'each: id, text, raisedBy, status, reason' },
  )
  objections: Array<{
    id: string;
    text: string;
    raisedBy: string;
    status: 'open' | 'dismissed' | 'upheld';
    reason?: string;
  }>;
}

/** A signed decision: one form, every recipient with the money, and the total. */
@Entity({ name: 'consideration_decisions' })
@Index(['considerationId'])
export class ConsiderationDecisionView {
  @ApiPrimaryColumn({ type: 'text' }) id: string;
  @ApiColumn({ name: 'consideration_id', type: 'text' }) considerationId: string;
  @ApiColumn({ name: 'body_code', type: 'text' }) bodyCode: string;
  @ApiColumn({ type: 'integer' }) year: number;
  @ApiColumn({ type: 'text' }, { enum: REWARD_FORMS }) form: RewardForm;
  @ApiColumn({ type: 'text' }) number: string;
  @ApiColumn({ name: 'signed_on', type: 'date' }) signedOn: string;
  @ApiColumn({ type: 'text' }) signer: string;
  @ApiColumn({ type: 'boolean' }) deputy: boolean;
  @ApiColumn({ type: 'text' }) issuer: string;
  @ApiColumn({ name: 'head_title', type: 'text' }) headTitle: string;
  @ApiColumn({ name: 'base_salary', type: 'jsonb' }, { ...FREE, description: '{ amount, from, source }' })
  baseSalary: { amount: number; from: string; source: string };
  @ApiColumn(
    { type: 'jsonb' },
    { type: 'array', items: { ...FREE }, description: 'each: proposalId, subject, coefficient, amount' },
  )
  recipients: Recipient[];
  @ApiColumn(
    {
      type: 'bigint',
      transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) },
    },
    { type: Number },
  )
  total: number;
}

const CONSIDERATION_EVENTS = new Set([
  'ConsiderationOpened',
  'VotingOpened',
  'BallotCast',
  'VoteRescheduled',
  'VoteConcluded',
]);

export const considerationProjection: Projection<ConsiderationView> = {
  name: 'considerations',
  entity: ConsiderationView,
  keysOf: (stored) =>
    ours(stored) && CONSIDERATION_EVENTS.has(stored.type)
      ? [(stored.data as { considerationId: string }).considerationId]
      : [],
  evolve(row, stored, key) {
    const event = stored as StoredEvent & ConsiderationEvent;
    switch (event.type) {
      case 'ConsiderationOpened': {
        const { body, year, openedOn } = event.data;
        return Object.assign(new ConsiderationView(), {
          id: key,
          organisationCode: body.organisation,
          bodyCode: body.code,
          bodyName: body.name,
          headTitle: body.headTitle,
          year,
          status: 'open',
          openedOn,
          round: 0,
          members: [],
          chair: '',
          voting: [],
          votingSince: null,
          ballots: {},
        });
      }
      case 'VotingOpened': {
        const { round, members, chair, proposalIds } = event.data;
        return Object.assign(row!, {
          status: 'voting',
          round,
          members,
          chair,
          voting: proposalIds,
          ballots: {},
        });
      }
      case 'BallotCast': {
        const { member, written, choices } = event.data;
        return Object.assign(row!, { ballots: { ...row!.ballots, [member]: { written, choices } } });
      }
      case 'VoteRescheduled':
        return Object.assign(row!, { round: event.data.round + 1, ballots: {} });
      case 'VoteConcluded':
        return Object.assign(row!, { status: 'concluded' });
      default:
        return row!;
    }
  },
};

const PROPOSAL_EVENTS = new Set([
  'ObjectionRaised',
  'ObjectionResolved',
  'ProposalMade',
  'ProposalRefused',
  'ProposalWithdrawn',
  'PostingStarted',
  'VoteConcluded',
  'DecisionSigned',
]);

export const proposalProjection: Projection<ProposalView> = {
  name: 'consideration_proposals',
  entity: ProposalView,
  keysOf(stored) {
    if (!ours(stored) || !PROPOSAL_EVENTS.has(stored.type)) return [];
    const event = stored as StoredEvent & ConsiderationEvent;
    switch (event.type) {
      case 'PostingStarted':
        return event.data.proposalIds;
      case 'VoteConcluded':
        return event.data.outcomes.map((o) => o.proposalId);
      case 'DecisionSigned':
        return event.data.recipients.map((r) => r.proposalId);
      default:
        return [(event.data as { proposalId: string }).proposalId];
    }
  },
  evolve(row, stored, key) {
    const event = stored as StoredEvent & ConsiderationEvent;
    switch (event.type) {
      case 'ProposalMade':
      case 'ProposalRefused': {
        const { considerationId, proposalId, subject, form, achievement, proposedBy, facts } = event.data;
        return Object.assign(new ProposalView(), {
          id: proposalId,
          considerationId,
          ...bodyAndYear(considerationId),
          subjectKey: subjectKey(subject),
          subject,
          name: subjectName(subject),
          unitCode: subject.unitCode,
          form,
          achievement,
          proposedBy,
          status: event.type === 'ProposalMade' ? 'proposed' : 'refused',
          reasons: event.type === 'ProposalRefused' ? event.data.reasons : [],
          facts,
          basis: null,
          tally: null,
          postingUntil: null,
          postingEndsAt: null,
          decisionId: null,
          amount: null,
          objections: [],
        });
      }
      case 'ProposalWithdrawn':
        return Object.assign(row!, { status: 'withdrawn', basis: event.data.reason });
      case 'ObjectionRaised': {
        const { objectionId, text, raisedBy } = event.data;
        return Object.assign(row!, {
          status: 'suspended',
          objections: [...row!.objections, { id: objectionId, text, raisedBy, status: 'open' }],
        });
      }
      case 'ObjectionResolved': {
        const { objectionId, outcome, reason } = event.data;
        const objections = row!.objections.map((o) =>
          o.id === objectionId ? { ...o, status: outcome, reason } : o,
        );
        const open = objections.some((o) => o.status === 'open');
        return Object.assign(row!, {
          status: afterObjection(row!.status, outcome, open),
          objections,
          ...(outcome === 'upheld' ? { basis: reason } : {}),
        });
      }
      case 'PostingStarted':
        return Object.assign(row!, {
          status: 'approved',
          postingUntil: event.data.until,
          postingEndsAt: new Date(event.data.endsAt),
        });
      case 'VoteConcluded': {
        const o = (event as Of<'VoteConcluded'>).data.outcomes.find((x) => x.proposalId === key)!;
        return Object.assign(row!, { status: o.outcome, basis: o.basis, tally: o.tally ?? null });
      }
      case 'DecisionSigned': {
        const r = event.data.recipients.find((x) => x.proposalId === key)!;
        return Object.assign(row!, {
          status: 'decided',
          decisionId: event.data.decisionId,
          amount: r.amount,
        });
      }
      default:
        return row!;
    }
  },
};

export const considerationDecisionProjection: Projection<ConsiderationDecisionView> = {
  name: 'consideration_decisions',
  entity: ConsiderationDecisionView,
  keysOf: (stored) =>
    ours(stored) && stored.type === 'DecisionSigned'
      ? [(stored as Of<'DecisionSigned'>).data.decisionId]
      : [],
  evolve(_row, stored) {
    const { considerationId, decisionId, deputy, ...decision } = (stored as Of<'DecisionSigned'>).data;
    return Object.assign(new ConsiderationDecisionView(), {
      id: decisionId,
      considerationId,
      ...bodyAndYear(considerationId),
      ...decision,
      deputy: !!deputy,
    });
  },
};
