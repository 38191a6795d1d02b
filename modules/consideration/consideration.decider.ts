import {
  addWorkingDaysIn,
  assertNever,
  canonicalJson,
  civilDateAt,
  endOfDay,
  REWARD_FORM_INFO,
  requireRole,
  tally,
  type Actor,
  type CivilDate,
  type Command,
  type Decider,
  type DomainEvent,
  type RewardForm,
  type Tally,
  type VoteChoice,
} from '@kernel';
import type { RewardMoney, RewardRuleSet } from '@modules/rule-set/rule-set.policy';
import { fail } from './consideration.errors';
import {
  concludeConsideration,
  decidesHere,
  formName,
  judgeProposal,
  rewardOf,
  subjectKey,
  subjectName,
  type AwardingBody,
  type ConsiderationSubject,
  type Outcome,
  type ProposalFacts,
} from './consideration.rules';

export interface ProposalInput {
  proposalId: string;
  subject: ConsiderationSubject;
  form: RewardForm;
  achievement: string;
}

/** Where a proposal stands: `approved` ones are posted, then wait for the decision. */
export type ProposalStatus =
  'proposed' | 'refused' | 'withdrawn' | Outcome | 'suspended' | 'rejected' | 'decided';

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  proposed: 'Đã đề nghị, chờ Hội đồng',
  refused: 'Không đủ điều kiện',
  withdrawn: 'Đã rút đề nghị',
  approved: 'Được Hội đồng thông qua',
  forwarded: 'Trình cấp trên xét tặng',
  not_approved: 'Không đạt tỷ lệ phiếu',
  prerequisite_failed: 'Không đạt danh hiệu cần có',
  over_cap: 'Vượt tỷ lệ',
  suspended: 'Tạm dừng do có ý kiến phản ánh',
  rejected: 'Không khen thưởng do phản ánh đúng',
  decided: 'Đã có quyết định',
};

export interface Posting {
  from: CivilDate;
  until: CivilDate;
  /** The instant it ends (end of `until`; the epoch when the rule set posts for 0 days). */
  endsAt: string;
}

export interface Recipient {
  proposalId: string;
  subject: ConsiderationSubject;
  coefficient: number;
  amount: number;
}

export interface ConsiderationDecision {
  decisionId: string;
  form: RewardForm;
  number: string;
  signedOn: CivilDate;
  signer: string;
  deputy?: boolean;
  issuer: string;
  headTitle: string;
  baseSalary: { amount: number; from: CivilDate; source: string };
  recipients: Recipient[];
  total: number;
}

/** A signature asked for: the decision but its number (from the register) and its recipients (from the state). */
export interface SignRequest {
  form: RewardForm;
  issuer: string;
  /** The register that numbers it: the body's. */
  register: string;
  signer: string;
  deputy?: boolean;
  signedOn: CivilDate;
  suffix: string;
  /** The money rules in force on the signing day. */
  money: RewardMoney;
}

export type ConsiderationCommand =
  | Command<'OpenConsideration', { body: AwardingBody; year: number; rules: RewardRuleSet }>
  | Command<'Propose', ProposalInput & { facts: ProposalFacts }>
  | Command<'WithdrawProposal', { proposalId: string; reason: string }>
  | Command<'OpenVote', { members: string[]; chair: string }>
  | Command<'CastBallot', { choices: Record<string, VoteChoice>; written: boolean }>
  | Command<'CloseVote', Record<string, never>>
  /** During posting (until the decision) anyone may object: the proposal waits until it is resolved. */
  | Command<'RaiseObjection', { proposalId: string; objectionId: string; text: string }>
  | Command<
      'ResolveObjection',
      { proposalId: string; objectionId: string; outcome: 'dismissed' | 'upheld'; reason: string }
    >
  /** The head signs: the workflow takes the register's next number, then records SignDecision. */
  | Command<'Sign', SignRequest>
  | Command<'SignDecision', SignRequest & { decisionId: string; number: string }>;

type Id = { considerationId: string };
export type ConsiderationEvent =
  | DomainEvent<
      'ConsiderationOpened',
      Id & { body: AwardingBody; year: number; rules: RewardRuleSet; openedOn: CivilDate }
    >
  | DomainEvent<
      'ProposalMade',
      Id & ProposalInput & { proposedBy: string; facts: ProposalFacts; dependsOn: RewardForm[] }
    >
  | DomainEvent<
      'ProposalRefused',
      Id & ProposalInput & { proposedBy: string; facts: ProposalFacts; reasons: string[] }
    >
  | DomainEvent<'ProposalWithdrawn', Id & { proposalId: string; reason: string }>
  | DomainEvent<'PostingStarted', Id & Posting & { proposalIds: string[] }>
  | DomainEvent<
      'VotingOpened',
      Id & { round: number; members: string[]; chair: string; proposalIds: string[] }
    >
  | DomainEvent<
      'BallotCast',
      Id & {
        round: number;
        member: string;
        written: boolean;
        choices: Record<string, VoteChoice>;
        changed: boolean;
      }
    >
  | DomainEvent<'VoteRescheduled', Id & { round: number; basis: string }>
  | DomainEvent<
      'VoteConcluded',
      Id & {
        round: number;
        outcomes: Array<{ proposalId: string; outcome: Outcome; basis: string; tally?: Tally }>;
      }
    >
  | DomainEvent<
      'ObjectionRaised',
      Id & { proposalId: string; objectionId: string; text: string; raisedBy: string }
    >
  | DomainEvent<
      'ObjectionResolved',
      Id & { proposalId: string; objectionId: string; outcome: 'dismissed' | 'upheld'; reason: string }
    >
  | DomainEvent<'DecisionSigned', Id & ConsiderationDecision>;

export interface ProposalState extends ProposalInput {
  proposedBy: string;
  status: ProposalStatus;
  reasons: string[];
  dependsOn: RewardForm[];
  facts: ProposalFacts;
  basis?: string;
  tally?: Tally;
  posting?: Posting;
  decisionId?: string;
  /** Objections raised during posting, by id, and how each stands. */
  objections?: Record<string, { text: string; status: 'open' | 'dismissed' | 'upheld'; reason?: string }>;
}

export interface OpenConsideration {
  status: 'open' | 'voting' | 'concluded';
  considerationId: string;
  body: AwardingBody;
  year: number;
  rules: RewardRuleSet;
  openedOn: CivilDate;
  proposals: Record<string, ProposalState>;
  round: number;
  members: string[];
  chair: string;
  voting: string[];
  ballots: Record<string, { written: boolean; choices: Record<string, VoteChoice> }>;
  decisions: Record<string, Pick<ConsiderationDecision, 'form' | 'number' | 'signedOn' | 'issuer'>>;
}

export type ConsiderationState = { status: 'absent' } | OpenConsideration;

/** Upheld: no reward. Dismissed: back to posting once no other objection is open. */
export const afterObjection = (
  current: ProposalStatus,
  outcome: 'dismissed' | 'upheld',
  stillOpen: boolean,
): ProposalStatus =>
  outcome === 'upheld' || current === 'rejected' ? 'rejected' : stillOpen ? 'suspended' : 'approved';

export const considerationIdOf = (body: string, year: number): string => `${body}-${year}`;

const STANDING = ['standing', 'admin'] as const;

/**
 * The yearly consideration (bình xét cuối năm) of one organisation, or of a company for its own
 * staff: units propose their people and collectives, each proposal judged against the rule set
 * and the record; the council votes per nominee; caps and prerequisites are applied to the
 * result; the approved are posted; the head signs one decision per form listing every
 * recipient with the reward money.
 */
export function decideConsideration(
  state: ConsiderationState,
  command: ConsiderationCommand,
  now: Date,
): ConsiderationEvent[] {
  const today = civilDateAt(now);
  if (command.type === 'OpenConsideration') return open(state, command.data, command.actor, today);
  if (state.status === 'absent') fail('NOT_FOUND', 'Chưa mở đợt bình xét thi đua năm này', { field: 'year' });
  const c = state;
  const id = { considerationId: c.considerationId };
  switch (command.type) {
    case 'Propose':
      return propose(c, command.data, command.actor, today);
    case 'WithdrawProposal': {
      const p = proposal(c, command.data.proposalId);
      requireProposer(p, command.actor);
      if (p.status === 'withdrawn') return [];
      expect(c, ['open'], 'rút đề nghị');
      if (p.status !== 'proposed')
        fail('CONSIDERATION_WRONG_STATUS', `Đề nghị đang “${PROPOSAL_STATUS_LABELS[p.status]}”`, {
          field: 'proposalId',
        });
      return [{ type: 'ProposalWithdrawn', data: { ...id, ...command.data } }];
    }
    case 'OpenVote': {
      requireRole(command.actor, STANDING);
      if (c.status === 'voting') return [];
      expect(c, ['open'], 'mở bỏ phiếu');
      const { members, chair } = command.data;
      if (members.length === 0)
        fail('COUNCIL_EMPTY', `Hội đồng Thi đua – Khen thưởng của ${c.body.name} chưa có thành viên`);
      const proposalIds = Object.values(c.proposals)
        .filter((p) => p.status === 'proposed' && !c.rules.yearEnd[p.form]?.postingOnly)
        .map((p) => p.proposalId);
      if (proposalIds.length === 0) fail('NOTHING_TO_VOTE', 'Chưa có đề nghị nào để Hội đồng bỏ phiếu');
      return [{ type: 'VotingOpened', data: { ...id, round: c.round + 1, members, chair, proposalIds } }];
    }
    case 'CastBallot': {
      const member = command.actor.username;
      requireRole(command.actor, ['council']);
      if (c.status !== 'voting') fail('VOTE_NOT_OPEN', 'Hội đồng không đang bỏ phiếu', { field: 'choices' });
      if (!c.members.includes(member))
        fail('FORBIDDEN', `Chỉ thành viên Hội đồng Thi đua – Khen thưởng của ${c.body.name} được bỏ phiếu`);
      const { choices, written } = command.data;
      const unknown = Object.keys(choices).filter((pid) => !c.voting.includes(pid));
      if (unknown.length)
        fail('NOT_FOUND', `Phiếu có ${unknown.length} người, tập thể không có trong danh sách bỏ phiếu`, {
          field: 'choices',
        });
      const missing = c.voting.filter((pid) => !choices[pid]);
      if (missing.length)
        fail(
          'BALLOT_INCOMPLETE',
          `Phiếu còn ${missing.length} người, tập thể chưa ghi ý kiến: ${missing
            .slice(0, 3)
            .map((pid) => subjectLabel(c.proposals[pid]))
            .join('; ')}${missing.length > 3 ? '; …' : ''}`,
          { field: 'choices', missing },
        );
      const previous = c.ballots[member];
      if (previous && canonicalJson(previous) === canonicalJson({ written, choices })) return [];
      return [
        {
          type: 'BallotCast',
          data: { ...id, round: c.round, member, written, choices, changed: !!previous },
        },
      ];
    }
    case 'CloseVote': {
      if (command.actor.username !== c.chair && !(STANDING as readonly string[]).includes(command.actor.role))
        fail('FORBIDDEN', 'Chỉ Chủ tịch Hội đồng hoặc cơ quan thường trực kết thúc bỏ phiếu');
      if (c.status === 'concluded') return [];
      expect(c, ['voting'], 'kết thúc bỏ phiếu');
      return close(c, today);
    }
    case 'RaiseObjection': {
      requireRole(command.actor, ['owner', 'standing', 'unit', 'council', 'chairman', 'admin']);
      const { proposalId, objectionId, text } = command.data;
      const p = proposal(c, proposalId);
      if (p.objections?.[objectionId]) return [];
      if (p.status !== 'approved' && p.status !== 'suspended')
        fail(
          'CONSIDERATION_WRONG_STATUS',
          `Chỉ phản ánh người, tập thể đang công khai (đề nghị đang “${PROPOSAL_STATUS_LABELS[p.status]}”)`,
          {
            field: 'proposalId',
          },
        );
      if (!text.trim()) fail('VALIDATION_FAILED', 'Ghi nội dung phản ánh', { field: 'text' });
      return [
        {
          type: 'ObjectionRaised',
          data: { ...id, proposalId, objectionId, text: text.trim(), raisedBy: command.actor.username },
        },
      ];
    }
    case 'ResolveObjection': {
      requireRole(command.actor, STANDING);
      const { proposalId, objectionId, outcome, reason } = command.data;
      const objection = proposal(c, proposalId).objections?.[objectionId];
      if (!objection) fail('NOT_FOUND', 'Không tìm thấy ý kiến phản ánh', { field: 'objectionId' });
      if (objection.status !== 'open') return [];
      if (!reason.trim()) fail('VALIDATION_FAILED', 'Ghi kết quả xác minh', { field: 'reason' });
      return [
        {
          type: 'ObjectionResolved',
          data: { ...id, proposalId, objectionId, outcome, reason: reason.trim() },
        },
      ];
    }
    case 'Sign': {
      requireSigner(c, command.actor);
      const ready = recipientsOf(c, command.data.form, now);
      // Signed already (a retry, or nothing came since): the decision stands.
      if (ready.length === 0 && Object.values(c.decisions).some((d) => d.form === command.data.form))
        return [];
      if (ready.length === 0) fail('NOTHING_TO_SIGN', nothingToSign(c, command.data.form), { field: 'form' });
      return [];
    }
    case 'SignDecision': {
      requireSigner(c, command.actor);
      const { decisionId, number, form, signedOn, signer, deputy, issuer, money } = command.data;
      if (c.decisions[decisionId]) return [];
      const ready = recipientsOf(c, form, now);
      if (ready.length === 0) fail('NOTHING_TO_SIGN', nothingToSign(c, form), { field: 'form' });
      let baseSalary: ConsiderationDecision['baseSalary'] = { amount: 0, from: signedOn, source: '' };
      const recipients = ready.map((p) => {
        const reward = rewardOf(money, form, p.subject.kind, signedOn);
        baseSalary = reward.baseSalary;
        return {
          proposalId: p.proposalId,
          subject: p.subject,
          coefficient: reward.coefficient,
          amount: reward.amount,
        };
      });
      const total = recipients.reduce((sum, r) => sum + r.amount, 0);
      return [
        {
          type: 'DecisionSigned',
          data: {
            ...id,
            decisionId,
            form,
            number,
            signedOn,
            signer,
            ...(deputy ? { deputy } : {}),
            issuer,
            headTitle: c.body.headTitle,
            baseSalary,
            recipients,
            total,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function open(
  state: ConsiderationState,
  data: Extract<ConsiderationCommand, { type: 'OpenConsideration' }>['data'],
  actor: Actor,
  today: CivilDate,
): ConsiderationEvent[] {
  requireRole(actor, STANDING);
  const { body, year, rules } = data;
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > thisYear)
    fail('VALIDATION_FAILED', `Năm bình xét phải từ 2000 đến ${thisYear}`, { field: 'year' });
  if (state.status !== 'absent') return [];
  const considerationId = considerationIdOf(body.code, year);
  return [{ type: 'ConsiderationOpened', data: { considerationId, body, year, rules, openedOn: today } }];
}

function propose(
  c: OpenConsideration,
  data: ProposalInput & { facts: ProposalFacts },
  actor: Actor,
  today: CivilDate,
): ConsiderationEvent[] {
  requireRole(actor, ['unit', ...STANDING]);
  const { facts, ...input } = data;
  const { form, subject } = input;
  const rule = c.rules.yearEnd[form];
  if (!rule)
    fail('FORM_NOT_ALLOWED', `${REWARD_FORM_INFO[form].label} không xét trong bình xét thi đua cuối năm`, {
      field: 'form',
      allowed: Object.keys(c.rules.yearEnd),
    });
  if (!REWARD_FORM_INFO[form].subjects.includes(subject.kind))
    fail(
      'FORM_NOT_FOR_SUBJECT',
      `${REWARD_FORM_INFO[form].label} không dành cho ${SUBJECT_KINDS[subject.kind]}`,
      {
        field: 'form',
      },
    );
  const within = (code: string) => facts.units.some((u) => u.code === code);
  if (actor.role === 'unit' && !within(actor.unitCode ?? ''))
    fail('FORBIDDEN', 'Đơn vị chỉ đề nghị cho người, tập thể của đơn vị mình', { field: 'subject' });
  if (c.body.unitKind && !within(c.body.code))
    fail('NOT_IN_BODY', `${subjectName(subject)} không thuộc ${c.body.name}`, { field: 'subject' });
  const id = { considerationId: c.considerationId };
  const proposedBy = actor.unitCode ?? c.body.code;
  const known = c.proposals[input.proposalId];
  if (known && !['refused', 'withdrawn'].includes(known.status)) {
    if (canonicalJson(sansProposer(known)) === canonicalJson(input)) return [];
    fail('ALREADY_EXISTS', `${subjectName(subject)} đã được đề nghị ${formName(form)} trong đợt này`, {
      field: 'subject',
      proposalId: input.proposalId,
    });
  }
  expect(c, ['open'], 'đề nghị');
  const key = subjectKey(subject);
  const alongside = Object.values(c.proposals)
    .filter(
      (p) => subjectKey(p.subject) === key && p.status === 'proposed' && p.proposalId !== input.proposalId,
    )
    .map((p) => p.form);
  const { reasons, dependsOn } = judgeProposal(c.rules, c.body, c.year, form, subject, facts, alongside);
  if (reasons.length) {
    // The same refusal asked again changes nothing.
    if (
      known?.status === 'refused' &&
      canonicalJson([sansProposer(known), known.reasons]) === canonicalJson([input, reasons])
    )
      return [];
    return [{ type: 'ProposalRefused', data: { ...id, ...input, proposedBy, facts, reasons } }];
  }
  const made: ConsiderationEvent = {
    type: 'ProposalMade',
    data: { ...id, ...input, proposedBy, facts, dependsOn },
  };
  // Gia đình văn hóa: posted in its village for the set days, no council vote.
  if (rule.postingOnly)
    return [made, startPosting(c, [input.proposalId], today, rule.postingOnly.workingDays)];
  return [made];
}

/** The council's result: each vote counted, prerequisites and caps applied, the approved posted. */
function close(c: OpenConsideration, today: CivilDate): ConsiderationEvent[] {
  const id = { considerationId: c.considerationId };
  const ballots = (pid: string) =>
    Object.entries(c.ballots).map(([member, b]) => ({ member, written: b.written, choice: b.choices[pid] }));
  const tallies = new Map(
    c.voting.map((pid) => [
      pid,
      tally(ballots(pid), c.members, c.rules.council, c.rules.council.thresholds[c.proposals[pid].form]),
    ]),
  );
  const first = tallies.values().next().value as Tally;
  if (!first.quorum)
    return [{ type: 'VoteRescheduled', data: { ...id, round: c.round, basis: first.basis } }];
  const contenders = c.voting
    .map((pid) => c.proposals[pid])
    .filter((p) => p.status === 'proposed')
    .map((p) => ({
      proposalId: p.proposalId,
      form: p.form,
      subject: subjectKey(p.subject),
      dependsOn: p.dependsOn,
      tally: tallies.get(p.proposalId),
      chairChoice: c.ballots[c.chair]?.choices[p.proposalId],
      upward: !decidesHere(c.rules, p.form, c.body),
    }));
  const outcomes = concludeConsideration(c.rules, c.year, contenders).map((o) => ({
    ...o,
    tally: tallies.get(o.proposalId),
  }));
  const approved = outcomes.filter((o) => o.outcome === 'approved').map((o) => o.proposalId);
  return [
    { type: 'VoteConcluded', data: { ...id, round: c.round, outcomes } },
    ...(approved.length ? [startPosting(c, approved, today, c.rules.postingWorkingDays)] : []),
  ];
}

function startPosting(
  c: OpenConsideration,
  proposalIds: string[],
  today: CivilDate,
  workingDays: number,
): ConsiderationEvent {
  const until = workingDays > 0 ? addWorkingDaysIn(today, workingDays) : today;
  const endsAt = workingDays > 0 ? endOfDay(until).toISOString() : new Date(0).toISOString();
  return {
    type: 'PostingStarted',
    data: { considerationId: c.considerationId, proposalIds, from: today, until, endsAt },
  };
}

/** Approved proposals of the form whose posting has ended and that no decision names yet. */
export function recipientsOf(c: OpenConsideration, form: RewardForm, now: Date): ProposalState[] {
  return Object.values(c.proposals).filter(
    (p) => p.form === form && p.status === 'approved' && !!p.posting && p.posting.endsAt <= now.toISOString(),
  );
}

function nothingToSign(c: OpenConsideration, form: RewardForm): string {
  const posted = Object.values(c.proposals).filter((p) => p.form === form && p.status === 'approved');
  return posted.length
    ? `${formName(form)}: ${posted.length} người, tập thể đang công khai đến hết ngày ${posted[0].posting!.until}; ký quyết định sau khi hết thời gian công khai`
    : `Chưa có người, tập thể nào được Hội đồng thông qua ${formName(form)}`;
}

/**
 * The head of the body signs: a company's decisions by its director (the chairman role held
 * for that unit), an organisation's by its chairman, never by a unit's head for it.
 */
function requireSigner(c: OpenConsideration, actor: Actor): void {
  requireRole(actor, ['chairman']);
  const own = c.body.unitKind
    ? actor.unitCode === c.body.code
    : !actor.unitCode || actor.unitCode === c.body.code;
  if (!own)
    fail(
      'FORBIDDEN',
      `Quyết định khen thưởng của ${c.body.name} do ${c.body.headTitle} ${c.body.name} ký (${c.rules.selfAwarding.source})`,
      { field: 'form' },
    );
}

function requireProposer(p: ProposalState, actor: Actor): void {
  const ok = (STANDING as readonly string[]).includes(actor.role) || actor.unitCode === p.proposedBy;
  if (!ok)
    fail(
      'FORBIDDEN',
      `Chỉ đơn vị đề nghị (${p.proposedBy}) hoặc cơ quan thường trực thao tác trên đề nghị này`,
    );
}

function expect(c: OpenConsideration, allowed: OpenConsideration['status'][], action: string): void {
  if (!allowed.includes(c.status))
    fail(
      'CONSIDERATION_WRONG_STATUS',
      `Không thể ${action} khi đợt bình xét ${CONSIDERATION_STATUS_LABELS[c.status]}`,
      {
        status: c.status,
      },
    );
}

function proposal(c: OpenConsideration, proposalId: string): ProposalState {
  const p = c.proposals[proposalId];
  if (!p) fail('NOT_FOUND', 'Không tìm thấy đề nghị', { field: 'proposalId' });
  return p;
}

const SUBJECT_KINDS = { individual: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình' } as const;

export const CONSIDERATION_STATUS_LABELS: Record<OpenConsideration['status'], string> = {
  open: 'đang nhận đề nghị',
  voting: 'đang bỏ phiếu',
  concluded: 'đã có kết quả bỏ phiếu',
};

const subjectLabel = (p: ProposalState) => `${subjectName(p.subject)} (${formName(p.form)})`;
const sansProposer = (p: ProposalState): ProposalInput => ({
  proposalId: p.proposalId,
  subject: p.subject,
  form: p.form,
  achievement: p.achievement,
});

const withProposals = (
  c: OpenConsideration,
  ids: string[],
  change: (p: ProposalState) => Partial<ProposalState>,
): OpenConsideration => ({
  ...c,
  proposals: {
    ...c.proposals,
    ...Object.fromEntries(ids.map((pid) => [pid, { ...c.proposals[pid], ...change(c.proposals[pid]) }])),
  },
});

export function evolveConsideration(
  state: ConsiderationState,
  event: ConsiderationEvent,
): ConsiderationState {
  if (event.type === 'ConsiderationOpened') {
    const { considerationId, body, year, rules, openedOn } = event.data;
    return {
      status: 'open',
      considerationId,
      body,
      year,
      rules,
      openedOn,
      proposals: {},
      round: 0,
      members: [],
      chair: '',
      voting: [],
      ballots: {},
      decisions: {},
    };
  }
  if (state.status === 'absent') return state;
  const c = state;
  switch (event.type) {
    case 'ProposalMade': {
      const { considerationId: _id, ...made } = event.data;
      const p: ProposalState = { ...made, reasons: [], status: 'proposed' };
      return { ...c, proposals: { ...c.proposals, [p.proposalId]: p } };
    }
    case 'ProposalRefused': {
      const { considerationId: _id, ...refused } = event.data;
      const p: ProposalState = { ...refused, dependsOn: [], status: 'refused' };
      return { ...c, proposals: { ...c.proposals, [p.proposalId]: p } };
    }
    case 'ProposalWithdrawn':
      return withProposals(c, [event.data.proposalId], () => ({
        status: 'withdrawn',
        basis: event.data.reason,
      }));
    case 'PostingStarted': {
      const { from, until, endsAt } = event.data;
      return withProposals(c, event.data.proposalIds, () => ({
        status: 'approved',
        posting: { from, until, endsAt },
      }));
    }
    case 'VotingOpened':
      return {
        ...c,
        status: 'voting',
        round: event.data.round,
        members: event.data.members,
        chair: event.data.chair,
        voting: event.data.proposalIds,
        ballots: {},
      };
    case 'BallotCast': {
      const { member, written, choices } = event.data;
      return { ...c, ballots: { ...c.ballots, [member]: { written, choices } } };
    }
    case 'VoteRescheduled':
      return { ...c, round: event.data.round + 1, ballots: {} };
    case 'VoteConcluded': {
      const byId = new Map(event.data.outcomes.map((o) => [o.proposalId, o]));
      const next = withProposals(c, [...byId.keys()], (p) => {
        const o = byId.get(p.proposalId)!;
        return { status: o.outcome, basis: o.basis, ...(o.tally ? { tally: o.tally } : {}) };
      });
      return { ...next, status: 'concluded' };
    }
    case 'ObjectionRaised': {
      const { proposalId, objectionId, text } = event.data;
      return withProposals(c, [proposalId], (p) => ({
        status: 'suspended',
        objections: { ...p.objections, [objectionId]: { text, status: 'open' } },
      }));
    }
    case 'ObjectionResolved': {
      const { proposalId, objectionId, outcome, reason } = event.data;
      return withProposals(c, [proposalId], (p) => {
        const objections = {
          ...p.objections,
          [objectionId]: { ...p.objections![objectionId], status: outcome, reason },
        };
        const open = Object.values(objections).some((o) => o.status === 'open');
        const status = afterObjection(p.status, outcome, open);
        return { status, objections, ...(outcome === 'upheld' ? { basis: reason } : {}) };
      });
    }
    case 'DecisionSigned': {
      const { decisionId, form, number, signedOn, issuer, recipients } = event.data;
      const next = withProposals(
        c,
        recipients.map((r) => r.proposalId),
        () => ({ status: 'decided', decisionId }),
      );
      return { ...next, decisions: { ...c.decisions, [decisionId]: { form, number, signedOn, issuer } } };
    }
    default:
      return assertNever(event);
  }
}

export const considerationDecider: Decider<ConsiderationState, ConsiderationCommand, ConsiderationEvent> = {
  initialState: { status: 'absent' },
  decide: decideConsideration,
  evolve: evolveConsideration,
};
