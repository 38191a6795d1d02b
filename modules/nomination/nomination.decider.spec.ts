import { type Actor, DomainError } from '@kernel';
import {
  decideNomination,
  dueNominationEvents,
  evolveNomination,
  nextNominationDeadline,
  type ActiveNomination,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
} from './nomination.decider';
import { DEFAULT_RULE_SET } from '@modules/rule-set/rule-set.policy';

const now = new Date('2026-11-23T03:00:00Z'); // Monday
const as = (username: string, role: Actor['role'], unitCode?: string): Actor => ({
  userId: username,
  username,
  role,
  unitCode,
});
const ttvh = as('ttvh', 'unit', 'TTVH');
const vhxh = as('vhxh', 'standing', 'VHXH');
const members = Array.from({ length: 9 }, (_, i) => `council${i + 1}`);

const proposal = (form: NominationCommand['data'] extends never ? never : string = 'giay_khen_chu_tich_xa') =>
  ({
    type: 'ProposeNomination',
    actor: ttvh,
    data: {
      nominationId: 'n1',
      planId: 'p',
      reviewId: 'r',
      subject: { kind: 'collective', unitCode: 'TTVH', name: 'Trung tâm Văn hóa' },
      form,
      achievement: 'Xuất sắc',
      proposedBy: 'TTVH',
      score: 90,
      rules: DEFAULT_RULE_SET,
      restrictions: [],
    },
  }) as NominationCommand;

function run(commands: NominationCommand[], at = now): { state: NominationState; events: NominationEvent[] } {
  let state: NominationState = { status: 'absent' };
  const events: NominationEvent[] = [];
  for (const command of commands) {
    const produced = decideNomination(state, command, at);
    events.push(...produced);
    state = produced.reduce(evolveNomination, state);
  }
  return { state, events };
}

function refusal(commands: NominationCommand[], last: NominationCommand): DomainError {
  const { state } = run(commands);
  try {
    decideNomination(state, last, now);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const doc = (kind: string): NominationCommand =>
  ({
    type: 'AttachDossierDocument',
    actor: ttvh,
    data: {
      document: {
        documentId: kind,
        kind,
        fileName: `${kind}.pdf`,
        mediaType: 'application/pdf',
        size: 1,
        sha256: kind,
      },
    },
  }) as NominationCommand;
const dossier = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet'].map(doc);
const submit: NominationCommand = { type: 'SubmitNomination', actor: ttvh, data: {} };
const accept: NominationCommand = {
  type: 'Appraise',
  actor: vhxh,
  data: { outcome: 'accept', members, chair: 'council1' },
};
const ballot = (member: string, choice: 'yes' | 'no', written = false): NominationCommand => ({
  type: 'CastVote',
  actor: as(member, 'council'),
  data: { choice, written },
});
const close: NominationCommand = { type: 'CloseVote', actor: as('council1', 'council'), data: {} };
const ballots = (yes: number, no = 0) =>
  members.slice(0, yes + no).map((m, i) => ballot(m, i < yes ? 'yes' : 'no'));
const voting = [proposal(), ...dossier, submit, accept];

describe('a nomination’s approval path', () => {
  it('refuses a form not meant for the subject and a subject under restriction', () => {
    expect(refusal([], { ...proposal('chien_si_thi_dua_co_so') }).details.field).toBe('form');
    const restricted = proposal();
    (restricted.data as { restrictions: unknown[] }).restrictions = [
      { kind: 'discipline', reason: 'Đang xem xét kỷ luật' },
    ];
    expect(refusal([], restricted)).toMatchObject({ code: 'RULE_VIOLATED', details: { field: 'subject' } });
  });

  it('will not submit an incomplete dossier, and sets the appraisal due date in working days', () => {
    expect(refusal([proposal(), dossier[0]], submit).details).toMatchObject({
      missing: ['bao_cao_thanh_tich', 'bien_ban_binh_xet'],
    });
    const { events } = run([proposal(), ...dossier, submit]);
    // 20 working days from Monday 23/11/2026: Monday 21/12/2026.
    expect(events.at(-1)).toMatchObject({
      type: 'NominationSubmitted',
      data: { version: 1, appraisalDueOn: '2026-12-21' },
    });
  });

  it('returns a dossier as a new version, listing what is missing', () => {
    const back: NominationCommand = {
      type: 'Appraise',
      actor: vhxh,
      data: { outcome: 'return', missing: ['Xác nhận'], members, chair: 'council1' },
    };
    const { state } = run([proposal(), ...dossier, submit, back]);
    expect(state).toMatchObject({ status: 'returned', version: 2 });
    const bare: NominationCommand = { ...back, data: { outcome: 'return', members, chair: 'council1' } };
    expect(refusal([proposal(), ...dossier, submit], bare).details.field).toBe('missing');
  });

  it('lets members vote once, change their vote, and nobody else vote', () => {
    expect(refusal(voting, ballot('outsider', 'yes')).code).toBe('FORBIDDEN');
    expect(refusal([...voting, ballot('council2', 'yes')], ballot('council2', 'yes')).code).toBe(
      'ALREADY_EXISTS',
    );
    const { state } = run([...voting, ballot('council2', 'yes'), ballot('council2', 'no')]);
    expect((state as ActiveNomination).ballots).toEqual([
      { member: 'council2', choice: 'no', written: false },
    ]);
  });

  it('reschedules a vote without quorum, then posts a nomination that passed', () => {
    const { state: again } = run([...voting, ...ballots(5), close]);
    expect(again).toMatchObject({ status: 'voting', round: 2, ballots: [] });
    const { state, events } = run([...voting, ...ballots(5), close, ...ballots(6, 2), close]);
    expect(events.at(-1)).toMatchObject({
      type: 'PostingStarted',
      data: { from: '2026-11-23', until: '2026-12-02' },
    });
    expect(state.status).toBe('posting');
    expect(refusal([...voting, ...ballots(9), close], ballot('council3', 'no')).code).toBe('INVALID_STATE');
  });

  it('holds a Bằng khen for the quota and keeps the commune chairman from signing it', () => {
    const bangKhen = [
      proposal('bang_khen_chu_tich_thanh_pho'),
      ...dossier,
      submit,
      accept,
      ...ballots(9),
      close,
    ];
    expect(run(bangKhen).state.status).toBe('awaiting_quota');
    const selected: NominationCommand = {
      type: 'ApplyQuota',
      actor: vhxh,
      data: { selected: true, rank: 1, places: 1, basis: 'x' },
    };
    const { state } = run([...bangKhen, selected]);
    const ended = dueNominationEvents(state, new Date(Date.parse(nextNominationDeadline(state)!) + 1));
    const waiting = ended.reduce(evolveNomination, state);
    expect(waiting.status).toBe('awaiting_decision');
    const sign: NominationCommand = {
      type: 'SignDecision',
      actor: as('chairman', 'chairman'),
      data: {
        decision: {
          number: '1/QĐ-UBND',
          signedOn: '2026-12-10',
          signer: 'A',
          authority: 'commune_chairman',
          issuer: 'UBND xã',
        },
        restrictions: [],
      },
    };
    expect(() => decideNomination(waiting, sign, now)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('escalates an appraisal that outruns its working-day SLA, once', () => {
    const { state } = run([proposal(), ...dossier, submit]);
    expect(dueNominationEvents(state, new Date('2026-12-21T16:00:00Z'))).toEqual([]);
    const late = dueNominationEvents(state, new Date('2026-12-21T17:00:00Z'));
    expect(late).toEqual([{ type: 'AppraisalOverdue', data: { nominationId: 'n1', dueOn: '2026-12-21' } }]);
    expect(nextNominationDeadline(late.reduce(evolveNomination, state))).toBeUndefined();
  });
});
