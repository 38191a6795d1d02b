import {
  addWorkingDaysIn,
  civilDateAt,
  endOfDay,
  type CivilDate,
  canonicalJson,
  type Actor,
  type Role,
  assertNever,
  requireRole,
  type Command,
  type Decider,
  type DomainEvent,
} from '@kernel';
import { fail } from './nomination.errors';
import { checkEligibility, type ReviewContext } from './nomination.policy';
import type { RewardForm } from '@modules/plan/plan.definition';
import { DOSSIER_LABELS, REWARD_FORM_INFO, type DossierKind } from './nomination.forms';
import type { RewardRuleSet } from '@modules/rule-set/rule-set.policy';
import { tally, type Ballot, type Tally, type VoteChoice } from './nomination.voting';

export type NominationSubject =
  | { kind: 'collective'; unitCode: string; name: string }
  | { kind: 'individual'; unitCode: string; name: string; position: string };

export interface DossierDocument {
  documentId: string;
  kind: DossierKind;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface Restriction {
  kind: 'discipline' | 'inspection' | 'complaint';
  reason: string;
}

export interface NominationProposal {
  nominationId: string;
  planId: string;
  reviewId: string;
  subject: NominationSubject;
  form: RewardForm;
  achievement: string;
  proposedBy: string;
  /** The review score of the subject's unit, the secondary measure for a quota tie. */
  score: number;
  /** The rule set in force when proposed: the nomination is judged by it to the end. */
  rules: RewardRuleSet;
  /**
   * Set on a nomination a lower level referred up (a commune's Bằng khen at the city): the
   * organisation whose standing agency, council and chairman handle it, and where it came from.
   */
  organisation?: string;
  referredFrom?: { nominationId: string; organisation: OrganisationRef; letter: string };
}

export interface OrganisationRef {
  code: string;
  name: string;
}

/** Where a nomination beyond the commune's authority is sent: the next level's own nomination. */
export interface Referral {
  nominationId: string;
  from: OrganisationRef;
  to: OrganisationRef;
}

export interface Decision {
  number: string;
  signedOn: CivilDate;
  signer: string;
  /** A deputy chairman signed for the chairman: “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”. */
  deputy?: boolean;
  authority: 'commune_chairman' | 'city_chairman';
  issuer: string;
}

export type NominationStatus =
  | 'draft'
  | 'appraisal'
  | 'returned'
  | 'rejected'
  | 'voting'
  | 'not_approved'
  | 'awaiting_quota'
  | 'not_selected'
  | 'posting'
  | 'suspended'
  | 'awaiting_decision'
  | 'forwarded'
  | 'decided';

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Đang lập hồ sơ',
  appraisal: 'Cơ quan thường trực đang thẩm định',
  returned: 'Trả lại để bổ sung hồ sơ',
  rejected: 'Không đề nghị khen thưởng',
  voting: 'Hội đồng đang bỏ phiếu',
  not_approved: 'Không đạt tỷ lệ phiếu',
  awaiting_quota: 'Chờ xét chỉ tiêu',
  not_selected: 'Ngoài chỉ tiêu',
  posting: 'Đang công khai',
  suspended: 'Tạm dừng do có ý kiến phản ánh',
  awaiting_decision: 'Chờ quyết định khen thưởng',
  forwarded: 'Đã trình cấp thành phố',
  decided: 'Đã có quyết định khen thưởng',
};

export type NominationCommand =
  /** `review`: what the API read of the review the proposal is made in (see checkEligibility). */
  | Command<'ProposeNomination', NominationProposal & { restrictions: Restriction[]; review?: ReviewContext }>
  | Command<'AttachDossierDocument', { document: DossierDocument }>
  | Command<'SubmitNomination', Record<string, never>>
  | Command<
      'Appraise',
      {
        outcome: 'accept' | 'return' | 'reject';
        missing?: string[];
        reason?: string;
        members: string[];
        chair: string;
      }
    >
  | Command<'CastVote', { choice: VoteChoice; written: boolean }>
  | Command<'CloseVote', Record<string, never>>
  | Command<'ApplyQuota', { selected: boolean; rank: number; places: number; basis: string }>
  | Command<'RaiseObjection', { objectionId: string; text: string }>
  | Command<'ResolveObjection', { objectionId: string; outcome: 'dismissed' | 'upheld'; reason: string }>
  | Command<'SignDecision', { decision: Decision; restrictions: Restriction[] }>
  /** The chairman signs: the workflow takes the register's next number, then records SignDecision. */
  | Command<'Sign', SignRequest>
  /** `to`: the next level runs ThiDua too, so the dossier becomes a nomination there. */
  | Command<'ForwardToCity', { letter: string; to?: Referral }>
  /** The next level receives the dossier as sent (its appraisal starts at once). */
  | Command<'ReceiveReferral', { proposal: NominationProposal; documents: DossierDocument[] }>
  /** The next level's outcome, sent back by its nomination's workflow when it is final. */
  | Command<
      'RecordReferralOutcome',
      { referralId: string; decision?: Decision; declined?: { status: NominationStatus; reason: string } }
    >
  /** The next level decided outside ThiDua: its decision as the standing agency enters it. */
  | Command<'RecordCityDecision', { decision: Decision }>;

/** A signature asked for: everything of the decision but its number, which the register gives. */
export interface SignRequest {
  issuer: string;
  /** The organisation whose register numbers the decision (absent before organisations). */
  register?: string;
  /** Whoever holds the office on the signing day (a deputy signs “KT.”). */
  signer: string;
  deputy?: boolean;
  signedOn: CivilDate;
  /** The register's number suffix, e.g. QĐ-UBND. */
  suffix: string;
  restrictions: Restriction[];
}

type Id = { nominationId: string };
export type NominationEvent =
  | DomainEvent<'NominationProposed', NominationProposal>
  | DomainEvent<'DossierDocumentAttached', Id & { version: number; document: DossierDocument }>
  | DomainEvent<
      'NominationSubmitted',
      Id & { version: number; submittedOn: CivilDate; appraisalDueOn: CivilDate }
    >
  | DomainEvent<
      'NominationReturned',
      Id & { version: number; missing: string[]; reason: string; resubmitDueOn: CivilDate }
    >
  | DomainEvent<'NominationRejected', Id & { reason: string; step: 'appraisal' | 'posting' | 'referral' }>
  | DomainEvent<
      'ReferralReceived',
      NominationProposal & { documents: DossierDocument[]; submittedOn: CivilDate; appraisalDueOn: CivilDate }
    >
  | DomainEvent<'AppraisalAccepted', Id & { version: number }>
  | DomainEvent<'AppraisalOverdue', Id & { dueOn: CivilDate }>
  | DomainEvent<'VotingOpened', Id & { round: number; members: string[]; chair: string }>
  | DomainEvent<'VoteCast', Id & Ballot & { round: number; changed: boolean }>
  | DomainEvent<'VoteRescheduled', Id & { round: number; tally: Tally }>
  | DomainEvent<'VoteConcluded', Id & { round: number; tally: Tally; chairChoice: VoteChoice | null }>
  | DomainEvent<'QuotaApplied', Id & { selected: boolean; rank: number; places: number; basis: string }>
  | DomainEvent<'PostingStarted', Id & { from: CivilDate; until: CivilDate; endsAt: string }>
  | DomainEvent<'PostingEnded', Id>
  | DomainEvent<'ObjectionRaised', Id & { objectionId: string; text: string; raisedBy: string }>
  | DomainEvent<
      'ObjectionResolved',
      Id & { objectionId: string; outcome: 'dismissed' | 'upheld'; reason: string }
    >
  | DomainEvent<'ForwardedToCity', Id & { letter: string; forwardedOn: CivilDate; to?: Referral }>
  | DomainEvent<'DecisionSigned', Id & { decision: Decision }>;

export interface ActiveNomination extends NominationProposal {
  status: NominationStatus;
  version: number;
  documents: DossierDocument[];
  appraisalDueOn?: CivilDate;
  escalated: boolean;
  round: number;
  members: string[];
  chair: string;
  ballots: Ballot[];
  tally?: Tally;
  chairChoice?: VoteChoice | null;
  posting?: { from: CivilDate; until: CivilDate; endsAt: string };
  objections: Record<string, 'open' | 'dismissed' | 'upheld'>;
  /** The council's quota result, once applied. */
  quota?: { selected: boolean; rank: number; places: number; basis: string };
  decision?: Decision;
  /** The next level's nomination this one was sent to. */
  referral?: Referral;
  /** Why it was not proposed for the reward (appraisal, an upheld objection, the next level). */
  rejection?: string;
}

export type NominationState = { status: 'absent' } | ActiveNomination;

const PROPOSERS: Role[] = ['unit', 'standing', 'owner', 'admin'];
const STANDING: Role[] = ['standing', 'admin'];

/**
 * A nomination from proposal to decision: dossier, appraisal by the standing agency, the
 * council's vote, the quota, public posting with objections, and the signed decision.
 */
export function decideNomination(
  state: NominationState,
  command: NominationCommand,
  now: Date,
): NominationEvent[] {
  const today = civilDateAt(now);
  if (command.type === 'ProposeNomination') return propose(state, command.data, command.actor);
  if (command.type === 'ReceiveReferral') return receive(state, command.data, command.actor, today);
  const n = existing(state);
  const id = { nominationId: n.nominationId };
  switch (command.type) {
    case 'AttachDossierDocument': {
      requireProposer(n, command.actor);
      expectStatus(n, ['draft', 'returned'], 'bổ sung hồ sơ');
      const { document } = command.data;
      if (n.documents.some((d) => d.documentId === document.documentId)) return [];
      return [{ type: 'DossierDocumentAttached', data: { ...id, version: n.version, document } }];
    }
    case 'SubmitNomination': {
      requireProposer(n, command.actor);
      if (n.status === 'appraisal') return [];
      expectStatus(n, ['draft', 'returned'], 'nộp hồ sơ');
      const missing = missingDocuments(n);
      if (missing.length)
        fail('DOSSIER_INCOMPLETE', `Hồ sơ còn thiếu: ${missing.map((k) => DOSSIER_LABELS[k]).join('; ')}`, {
          field: 'documents',
          missing,
        });
      const appraisalDueOn = addWorkingDaysIn(today, n.rules.appraisal.appraisalWorkingDays);
      return [
        {
          type: 'NominationSubmitted',
          data: { ...id, version: n.version, submittedOn: today, appraisalDueOn },
        },
      ];
    }
    case 'Appraise': {
      requireRole(command.actor, STANDING);
      expectStatus(n, ['appraisal'], 'thẩm định');
      const { outcome, missing = [], reason = '', members, chair } = command.data;
      if (outcome === 'accept') {
        if (members.length === 0) fail('COUNCIL_EMPTY', 'Hội đồng Thi đua – Khen thưởng chưa có thành viên');
        return [
          { type: 'AppraisalAccepted', data: { ...id, version: n.version } },
          { type: 'VotingOpened', data: { ...id, round: 1, members, chair } },
        ];
      }
      if (outcome === 'return') {
        if (missing.length === 0)
          fail('RETURN_NEEDS_ITEMS', 'Trả hồ sơ phải nêu rõ nội dung cần bổ sung', { field: 'missing' });
        const resubmitDueOn = addWorkingDaysIn(today, n.rules.appraisal.incompleteReturnWorkingDays);
        return [
          {
            type: 'NominationReturned',
            data: { ...id, version: n.version + 1, missing, reason, resubmitDueOn },
          },
        ];
      }
      if (!reason.trim())
        fail('REJECTION_NEEDS_REASON', 'Không đề nghị khen thưởng phải nêu lý do', { field: 'reason' });
      return [{ type: 'NominationRejected', data: { ...id, reason, step: 'appraisal' } }];
    }
    case 'CastVote': {
      const member = command.actor.username;
      if (command.actor.role !== 'council' || !n.members.includes(member))
        fail('FORBIDDEN', 'Chỉ thành viên Hội đồng Thi đua – Khen thưởng được bỏ phiếu');
      if (n.status !== 'voting')
        fail('VOTE_NOT_OPEN', 'Cuộc bỏ phiếu đã kết thúc hoặc chưa mở', {
          field: 'choice',
          status: n.status,
        });
      const { choice, written } = command.data;
      const previous = n.ballots.find((b) => b.member === member);
      if (previous && previous.choice === choice && previous.written === written)
        fail('ALREADY_EXISTS', 'Thành viên đã bỏ phiếu với ý kiến này; mỗi thành viên một phiếu', {
          field: 'choice',
        });
      return [
        { type: 'VoteCast', data: { ...id, member, choice, written, round: n.round, changed: !!previous } },
      ];
    }
    case 'CloseVote': {
      if (command.actor.username !== n.chair && !STANDING.includes(command.actor.role))
        fail('FORBIDDEN', 'Chỉ Chủ tịch Hội đồng hoặc cơ quan thường trực kết thúc bỏ phiếu');
      expectStatus(n, ['voting'], 'kết thúc bỏ phiếu');
      const result = tally(n.ballots, n.members, n.rules.council, n.rules.council.thresholds[n.form]);
      if (!result.quorum)
        return [{ type: 'VoteRescheduled', data: { ...id, round: n.round, tally: result } }];
      const chairChoice = n.ballots.find((b) => b.member === n.chair)?.choice ?? null;
      const events: NominationEvent[] = [
        { type: 'VoteConcluded', data: { ...id, round: n.round, tally: result, chairChoice } },
      ];
      if (result.passed && !quotaFor(n)) events.push(startPosting(n, today));
      return events;
    }
    case 'ApplyQuota': {
      requireRole(command.actor, [...STANDING, 'council']);
      if (n.status !== 'awaiting_quota') {
        // A retried allocation finds its result already applied, whatever came after.
        if (n.quota && canonicalJson(n.quota) === canonicalJson(command.data)) return [];
        if (command.data.selected ? n.status === 'posting' : n.status === 'not_selected') return [];
        expectStatus(n, ['awaiting_quota'], 'xét chỉ tiêu');
      }
      const events: NominationEvent[] = [{ type: 'QuotaApplied', data: { ...id, ...command.data } }];
      if (command.data.selected) events.push(startPosting(n, today));
      return events;
    }
    case 'RaiseObjection': {
      expectStatus(n, ['posting', 'suspended'], 'phản ánh trong thời gian công khai');
      if (n.objections[command.data.objectionId]) return [];
      return [
        { type: 'ObjectionRaised', data: { ...id, ...command.data, raisedBy: command.actor.username } },
      ];
    }
    case 'ResolveObjection': {
      requireRole(command.actor, STANDING);
      const { objectionId, outcome, reason } = command.data;
      const objection = n.objections[objectionId];
      if (!objection) fail('NOT_FOUND', 'Không tìm thấy ý kiến phản ánh', { field: 'objectionId' });
      if (objection !== 'open') return [];
      const events: NominationEvent[] = [
        { type: 'ObjectionResolved', data: { ...id, objectionId, outcome, reason } },
      ];
      if (outcome === 'upheld')
        events.push({ type: 'NominationRejected', data: { ...id, reason, step: 'posting' } });
      return events;
    }
    case 'SignDecision': {
      requireRole(command.actor, ['chairman']);
      if (n.status === 'decided' && n.decision?.number === command.data.decision.number) return [];
      checkSignable(n, command.actor, command.data.restrictions);
      return [{ type: 'DecisionSigned', data: { ...id, decision: command.data.decision } }];
    }
    case 'Sign': {
      requireRole(command.actor, ['chairman']);
      // Signed already (a retry): the workflow answers with the decision it has.
      if (n.status === 'decided' && n.decision?.authority === authorityOf(n)) return [];
      checkSignable(n, command.actor, command.data.restrictions);
      return [];
    }
    case 'ForwardToCity': {
      requireRole(command.actor, ['chairman', ...STANDING]);
      if (n.status === 'forwarded') return [];
      expectStatus(n, ['awaiting_decision'], 'trình cấp thành phố');
      if (n.rules.authority[n.form] === authorityOf(n))
        fail('WRONG_AUTHORITY', 'Hình thức này thuộc thẩm quyền của cấp đang xét, không trình cấp trên', {
          field: 'form',
        });
      const { letter, to } = command.data;
      return [
        { type: 'ForwardedToCity', data: { ...id, letter, forwardedOn: today, ...(to ? { to } : {}) } },
      ];
    }
    case 'RecordReferralOutcome': {
      const { referralId, decision, declined } = command.data;
      if (n.referral?.nominationId !== referralId)
        fail('NOT_FOUND', 'Hồ sơ không được chuyển tới hồ sơ này', { field: 'referralId' });
      if (n.status !== 'forwarded') return []; // the outcome arrived already
      if (decision) return [{ type: 'DecisionSigned', data: { ...id, decision } }];
      const reason = `${NOMINATION_STATUS_LABELS[declined!.status]} ở ${n.referral.to.name}: ${declined!.reason}`;
      return [{ type: 'NominationRejected', data: { ...id, reason, step: 'referral' } }];
    }
    case 'RecordCityDecision': {
      requireRole(command.actor, STANDING);
      if (n.status === 'decided' && canonicalJson(n.decision) === canonicalJson(command.data.decision))
        return [];
      expectStatus(n, ['forwarded'], 'ghi nhận quyết định của thành phố');
      return [{ type: 'DecisionSigned', data: { ...id, decision: command.data.decision } }];
    }
    default:
      return assertNever(command);
  }
}

/** Time-driven steps the nomination's workflow takes by itself, when due. */
export function dueNominationEvents(state: NominationState, now: Date): NominationEvent[] {
  if (state.status === 'absent') return [];
  const id = { nominationId: state.nominationId };
  if (state.status === 'posting' && state.posting && now.toISOString() >= state.posting.endsAt)
    return [{ type: 'PostingEnded', data: id }];
  if (
    state.status === 'appraisal' &&
    !state.escalated &&
    state.appraisalDueOn &&
    now >= endOfDay(state.appraisalDueOn)
  )
    return [{ type: 'AppraisalOverdue', data: { ...id, dueOn: state.appraisalDueOn } }];
  return [];
}

/** When the workflow should next look at the nomination by itself (an ISO instant), if ever. */
export function nextNominationDeadline(state: NominationState): string | undefined {
  if (state.status === 'posting') return state.posting?.endsAt;
  if (state.status === 'appraisal' && !state.escalated && state.appraisalDueOn)
    return endOfDay(state.appraisalDueOn).toISOString();
  return undefined;
}

function propose(
  state: NominationState,
  input: Extract<NominationCommand, { type: 'ProposeNomination' }>['data'],
  actor: Actor,
): NominationEvent[] {
  const { restrictions, review, ...proposal } = input;
  checkEligibility(proposal.form, review, proposal.rules);
  requireRole(actor, PROPOSERS);
  // Who may propose is checked before anything else: a repeat is idempotent only for them.
  if (actor.role === 'unit' && actor.unitCode !== proposal.subject.unitCode)
    fail('FORBIDDEN', 'Đơn vị chỉ đề nghị khen thưởng cho đơn vị mình hoặc cá nhân thuộc đơn vị', {
      field: 'subject.unitCode',
    });
  if (state.status !== 'absent') {
    const same = canonicalJson(sansRules(state)) === canonicalJson(sansRules(proposal));
    if (same) return [];
    fail(
      'ALREADY_EXISTS',
      'Thành tích này đã được đề nghị khen thưởng trong đợt đánh giá; mỗi thành tích chỉ khen một lần',
      {
        field: 'subject',
        nominationId: state.nominationId,
      },
    );
  }
  if (!REWARD_FORM_INFO[proposal.form].subjects.includes(proposal.subject.kind))
    fail(
      'FORM_NOT_FOR_SUBJECT',
      `${REWARD_FORM_INFO[proposal.form].label} không dành cho ${proposal.subject.kind === 'collective' ? 'tập thể' : 'cá nhân'}`,
      {
        field: 'form',
      },
    );
  checkRestrictions(restrictions);
  return [{ type: 'NominationProposed', data: proposal }];
}

/** A dossier referred from the level below: the same proposal and documents, appraised here. */
function receive(
  state: NominationState,
  input: Extract<NominationCommand, { type: 'ReceiveReferral' }>['data'],
  actor: Actor,
  today: CivilDate,
): NominationEvent[] {
  requireRole(actor, ['chairman', ...STANDING]);
  const { proposal, documents } = input;
  if (!proposal.organisation || !proposal.referredFrom)
    fail('VALIDATION_FAILED', 'Hồ sơ chuyển lên phải nêu cấp nhận và hồ sơ gốc', { field: 'proposal' });
  if (state.status !== 'absent') {
    if (state.referredFrom?.nominationId === proposal.referredFrom.nominationId) return [];
    fail('ALREADY_EXISTS', 'Đã có hồ sơ đề nghị với mã này', { field: 'nominationId' });
  }
  const appraisalDueOn = addWorkingDaysIn(today, proposal.rules.appraisal.appraisalWorkingDays);
  return [{ type: 'ReferralReceived', data: { ...proposal, documents, submittedOn: today, appraisalDueOn } }];
}

/** Who decides a nomination where it stands: the commune's chairman, or the city's for a referral. */
export const authorityOf = (n: NominationProposal): Decision['authority'] =>
  n.referredFrom ? 'city_chairman' : 'commune_chairman';

const sansRules = (p: NominationProposal) => ({
  reviewId: p.reviewId,
  subject: p.subject,
  form: p.form,
  achievement: p.achievement,
  proposedBy: p.proposedBy,
});

/** The commune chairman signs a nomination awaiting decision, of a form within the commune's authority. */
function checkSignable(n: ActiveNomination, actor: Actor, restrictions: Restriction[]): void {
  requireRole(actor, ['chairman']);
  if (n.rules.authority[n.form] !== authorityOf(n))
    fail(
      'FORBIDDEN',
      `${REWARD_FORM_INFO[n.form].label} do Chủ tịch UBND thành phố quyết định: chuyển hồ sơ lên thành phố`,
      { field: 'form' },
    );
  expectStatus(n, ['awaiting_decision'], 'ký quyết định');
  checkRestrictions(restrictions);
}

function checkRestrictions(restrictions: Restriction[]): void {
  if (restrictions.length)
    fail(
      'SUBJECT_RESTRICTED',
      `Không khen thưởng khi đang ${restrictions.map((r) => `${RESTRICTION_LABELS[r.kind]} (${r.reason})`).join('; ')}`,
      {
        field: 'subject',
        restrictions,
      },
    );
}

export const RESTRICTION_LABELS: Record<Restriction['kind'], string> = {
  discipline: 'bị xem xét kỷ luật',
  inspection: 'bị thanh tra, kiểm tra',
  complaint: 'có khiếu nại, tố cáo chưa giải quyết',
};

export function missingDocuments(n: ActiveNomination): DossierKind[] {
  const present = new Set(n.documents.map((d) => d.kind));
  return n.rules.dossier[n.form].filter((kind) => !present.has(kind));
}

const quotaFor = (n: ActiveNomination) => {
  // The level below filled its quota already; the next level judges the dossier on its merits.
  if (n.referredFrom) return undefined;
  const quota = n.rules.quotas[n.form];
  return n.subject.kind === 'collective' ? quota?.collectivePercent : quota?.individualPercent;
};

function startPosting(n: ActiveNomination, today: CivilDate): NominationEvent {
  const until = n.rules.postingWorkingDays > 0 ? addWorkingDaysIn(today, n.rules.postingWorkingDays) : today;
  // No posting period configured: it ends at once (the workflow records the end).
  const endsAt = n.rules.postingWorkingDays > 0 ? endOfDay(until).toISOString() : new Date(0).toISOString();
  return { type: 'PostingStarted', data: { nominationId: n.nominationId, from: today, until, endsAt } };
}

/** Only the proposing unit, or the standing agency or owner, works on a dossier. */
export function requireProposer(n: ActiveNomination, actor: Actor): void {
  const ok = STANDING.includes(actor.role) || actor.role === 'owner' || actor.unitCode === n.proposedBy;
  if (!ok)
    fail(
      'FORBIDDEN',
      `Chỉ đơn vị đề nghị (${n.proposedBy}) hoặc cơ quan thường trực thao tác trên hồ sơ này`,
    );
}

function expectStatus(n: ActiveNomination, allowed: NominationStatus[], action: string): void {
  if (!allowed.includes(n.status))
    fail(
      'NOMINATION_WRONG_STATUS',
      `Không thể ${action} khi hồ sơ ở trạng thái “${NOMINATION_STATUS_LABELS[n.status]}”`,
      {
        status: n.status,
      },
    );
}

function existing(state: NominationState): ActiveNomination {
  if (state.status === 'absent') fail('NOT_FOUND', 'Không tìm thấy hồ sơ đề nghị khen thưởng');
  return state;
}

export function evolveNomination(state: NominationState, event: NominationEvent): NominationState {
  if (event.type === 'ReferralReceived') {
    const { documents, submittedOn: _on, appraisalDueOn, ...proposal } = event.data;
    return { ...fresh(proposal), status: 'appraisal', documents, appraisalDueOn };
  }
  if (event.type === 'NominationProposed') return fresh(event.data);
  if (state.status === 'absent') return state;
  const s = state;
  switch (event.type) {
    case 'DossierDocumentAttached':
      return { ...s, documents: [...s.documents, event.data.document] };
    case 'NominationSubmitted':
      return { ...s, status: 'appraisal', appraisalDueOn: event.data.appraisalDueOn, escalated: false };
    case 'NominationReturned':
      // The resubmission is a new dossier version; the documents already given carry over.
      return { ...s, status: 'returned', version: event.data.version };
    case 'NominationRejected':
      return { ...s, status: 'rejected', rejection: event.data.reason };
    case 'AppraisalAccepted':
      return s;
    case 'AppraisalOverdue':
      return { ...s, escalated: true };
    case 'VotingOpened':
      return {
        ...s,
        status: 'voting',
        round: event.data.round,
        members: event.data.members,
        chair: event.data.chair,
        ballots: [],
      };
    case 'VoteCast': {
      const { member, choice, written } = event.data;
      return {
        ...s,
        ballots: [...s.ballots.filter((b) => b.member !== member), { member, choice, written }],
      };
    }
    case 'VoteRescheduled':
      return { ...s, round: event.data.round + 1, ballots: [], tally: event.data.tally };
    case 'VoteConcluded': {
      const passed = event.data.tally.passed;
      return {
        ...s,
        tally: event.data.tally,
        chairChoice: event.data.chairChoice,
        status: passed ? (quotaFor(s) ? 'awaiting_quota' : s.status) : 'not_approved',
      };
    }
    case 'QuotaApplied': {
      const { nominationId: _id, ...quota } = event.data;
      return { ...s, quota, status: event.data.selected ? s.status : 'not_selected' };
    }
    case 'PostingStarted':
      return {
        ...s,
        status: 'posting',
        posting: { from: event.data.from, until: event.data.until, endsAt: event.data.endsAt },
      };
    case 'PostingEnded':
      return { ...s, status: 'awaiting_decision' };
    case 'ObjectionRaised':
      return { ...s, status: 'suspended', objections: { ...s.objections, [event.data.objectionId]: 'open' } };
    case 'ObjectionResolved': {
      const objections = { ...s.objections, [event.data.objectionId]: event.data.outcome };
      const open = Object.values(objections).includes('open');
      return { ...s, objections, status: open ? 'suspended' : 'posting' };
    }
    case 'ForwardedToCity':
      return { ...s, status: 'forwarded', ...(event.data.to ? { referral: event.data.to } : {}) };
    case 'DecisionSigned':
      return { ...s, status: 'decided', decision: event.data.decision };
    default:
      return assertNever(event);
  }
}

const fresh = (proposal: NominationProposal): ActiveNomination => ({
  ...proposal,
  status: 'draft',
  version: 1,
  documents: [],
  escalated: false,
  round: 0,
  members: [],
  chair: '',
  ballots: [],
  objections: {},
});

export const nominationDecider: Decider<NominationState, NominationCommand, NominationEvent> = {
  initialState: { status: 'absent' },
  decide: decideNomination,
  evolve: evolveNomination,
};
