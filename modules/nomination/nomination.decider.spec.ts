import { DeciderSpecification, type Actor } from '@kernel';
import {
  dueNominationEvents,
  evolveNomination,
  nextNominationDeadline,
  nominationDecider,
  type ActiveNomination,
  type NominationCommand,
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

const spec = DeciderSpecification(nominationDecider, { now });

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
/** A Bằng khen that passed the council's vote: it waits for the quota. */
const bangKhen = [proposal('bang_khen_chu_tich_thanh_pho'), ...dossier, submit, accept, ...ballots(9), close];

describe('a nomination’s approval path', () => {
  it('refuses a form not meant for the subject and a subject under restriction', () => {
    spec
      .given()
      .when(proposal('chien_si_thi_dua_co_so'))
      .thenThrows('FORM_NOT_FOR_SUBJECT', { field: 'form' });
    const restricted = proposal();
    (restricted.data as { restrictions: unknown[] }).restrictions = [
      { kind: 'discipline', reason: 'Đang xem xét kỷ luật' },
    ];
    spec.given().when(restricted).thenThrows('SUBJECT_RESTRICTED', { field: 'subject' });
  });

  it('will not submit an incomplete dossier, and sets the appraisal due date in working days', () => {
    spec
      .after(proposal(), dossier[0])
      .when(submit)
      .thenThrows('DOSSIER_INCOMPLETE', { missing: ['bao_cao_thanh_tich', 'bien_ban_binh_xet'] });
    // 20 working days from Monday 23/11/2026: Monday 21/12/2026.
    spec
      .after(proposal(), ...dossier)
      .when(submit)
      .then((events) =>
        expect(events.at(-1)).toMatchObject({
          type: 'NominationSubmitted',
          data: { version: 1, appraisalDueOn: '2026-12-21' },
        }),
      );
  });

  it('returns a dossier as a new version, listing what is missing', () => {
    const back: NominationCommand = {
      type: 'Appraise',
      actor: vhxh,
      data: { outcome: 'return', missing: ['Xác nhận'], members, chair: 'council1' },
    };
    expect(spec.after(proposal(), ...dossier, submit, back).state).toMatchObject({
      status: 'returned',
      version: 2,
    });
    const bare: NominationCommand = { ...back, data: { outcome: 'return', members, chair: 'council1' } };
    spec
      .after(proposal(), ...dossier, submit)
      .when(bare)
      .thenThrows('RETURN_NEEDS_ITEMS', { field: 'missing' });
  });

  it('lets members vote once, change their vote, and nobody else vote', () => {
    spec
      .after(...voting)
      .when(ballot('outsider', 'yes'))
      .thenThrows('FORBIDDEN');
    spec
      .after(...voting, ballot('council2', 'yes'))
      .when(ballot('council2', 'yes'))
      .thenThrows('ALREADY_EXISTS');
    const { state } = spec.after(...voting, ballot('council2', 'yes'), ballot('council2', 'no'));
    expect((state as ActiveNomination).ballots).toEqual([
      { member: 'council2', choice: 'no', written: false },
    ]);
  });

  it('reschedules a vote without quorum, then posts a nomination that passed', () => {
    expect(spec.after(...voting, ...ballots(5), close).state).toMatchObject({
      status: 'voting',
      round: 2,
      ballots: [],
    });
    spec
      .after(...voting, ...ballots(5), close, ...ballots(6, 2))
      .when(close)
      .then((events, state) => {
        expect(events.at(-1)).toMatchObject({
          type: 'PostingStarted',
          data: { from: '2026-11-23', until: '2026-12-02' },
        });
        expect(state.status).toBe('posting');
      });
    spec
      .after(...voting, ...ballots(9), close)
      .when(ballot('council3', 'no'))
      .thenThrows('VOTE_NOT_OPEN');
  });

  it('holds a Bằng khen for the quota and keeps the commune chairman from signing it', () => {
    expect(spec.after(...bangKhen).state.status).toBe('awaiting_quota');
    const selected: NominationCommand = {
      type: 'ApplyQuota',
      actor: vhxh,
      data: { selected: true, rank: 1, places: 1, basis: 'x' },
    };
    const { state, history } = spec.after(...bangKhen, selected);
    const ended = dueNominationEvents(state, new Date(Date.parse(nextNominationDeadline(state)!) + 1));
    const waiting = spec.given(...history, ...ended);
    expect(waiting.state.status).toBe('awaiting_decision');
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
    waiting.when(sign).thenThrows('FORBIDDEN');
  });

  describe('signing (the workflow takes the register number, then records SignDecision)', () => {
    const giayKhen = [proposal(), ...dossier, submit, accept, ...ballots(9), close];
    const request = (over: Partial<Actor> = {}): NominationCommand => ({
      type: 'Sign',
      actor: { ...as('chairman', 'chairman'), ...over },
      data: { issuer: 'UBND xã', signer: 'A', signedOn: '2026-11-23', suffix: 'QĐ-UBND', restrictions: [] },
    });
    const awaiting = () => {
      const { state, history } = spec.after(...giayKhen);
      const ended = dueNominationEvents(state, new Date(Date.parse(nextNominationDeadline(state)!) + 1));
      return spec.given(...history, ...ended);
    };
    const decision = {
      number: '7/QĐ-UBND',
      signedOn: '2026-11-23',
      signer: 'A',
      authority: 'commune_chairman' as const,
      issuer: 'UBND xã',
    };

    it('accepts the chairman’s signature on a nomination awaiting decision, appending nothing by itself', () => {
      awaiting().when(request()).thenNothingHappens();
    });

    it('refuses anyone but the chairman, before a decision and after restrictions appear', () => {
      awaiting()
        .when(request({ role: 'standing' }))
        .thenThrows('FORBIDDEN');
      spec
        .after(...giayKhen.slice(0, -1))
        .when(request())
        .thenThrows('NOMINATION_WRONG_STATUS');
      const restricted = request();
      (restricted.data as { restrictions: unknown[] }).restrictions = [
        { kind: 'complaint', reason: 'Đơn thư' },
      ];
      awaiting().when(restricted).thenThrows('SUBJECT_RESTRICTED');
    });

    it('records the decision with the register’s number once; asking again changes nothing', () => {
      const sign: NominationCommand = {
        type: 'SignDecision',
        actor: as('chairman', 'chairman'),
        data: { decision, restrictions: [] },
      };
      awaiting()
        .when(sign)
        .then([{ type: 'DecisionSigned', data: { nominationId: 'n1', decision } }]);
      const signed = spec.given(...awaiting().history, ...awaiting().when(sign).events());
      signed.when(sign).thenNothingHappens();
      signed.when(request()).thenNothingHappens();
    });
  });

  it('applies a quota result once: the same result again changes nothing, another is refused', () => {
    const result = (selected: boolean): NominationCommand => ({
      type: 'ApplyQuota',
      actor: vhxh,
      data: { selected, rank: 2, places: 1, basis: 'Xếp thứ 2/2' },
    });
    spec
      .after(...bangKhen, result(false))
      .when(result(false))
      .thenNothingHappens();
    spec
      .after(...bangKhen, result(false))
      .when(result(true))
      .thenThrows('NOMINATION_WRONG_STATUS');
  });

  it('escalates an appraisal that outruns its working-day SLA, once', () => {
    const { state } = spec.after(proposal(), ...dossier, submit);
    expect(dueNominationEvents(state, new Date('2026-12-21T16:00:00Z'))).toEqual([]);
    const late = dueNominationEvents(state, new Date('2026-12-21T17:00:00Z'));
    expect(late).toEqual([{ type: 'AppraisalOverdue', data: { nominationId: 'n1', dueOn: '2026-12-21' } }]);
    expect(nextNominationDeadline(late.reduce(evolveNomination, state))).toBeUndefined();
  });

  describe('a Bằng khen referred to the city, which decides it in its own workflow', () => {
    const selected: NominationCommand = {
      type: 'ApplyQuota',
      actor: vhxh,
      data: { selected: true, rank: 1, places: 1, basis: 'x' },
    };
    const referral = {
      nominationId: 'city-n1',
      from: { code: 'XA-KT', name: 'Xã Kim Thành' },
      to: { code: 'HP', name: 'Thành phố Hải Phòng' },
    };
    const chairman = as('chairman', 'chairman');
    const awaitingAtCommune = () => {
      const { state, history } = spec.after(...bangKhen, selected);
      return spec.given(
        ...history,
        ...dueNominationEvents(state, new Date(Date.parse(nextNominationDeadline(state)!) + 1)),
      );
    };
    const forward: NominationCommand = {
      type: 'ForwardToCity',
      actor: chairman,
      data: { letter: 'Tờ trình 45', to: referral },
    };
    const forwarded = () =>
      spec.given(...awaitingAtCommune().history, ...awaitingAtCommune().when(forward).events());
    const cityDecision = {
      number: '3/QĐ-UBND',
      signedOn: '2026-12-10',
      signer: 'B',
      authority: 'city_chairman' as const,
      issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
    };

    it('records where it went, and takes back only that nomination’s outcome, once', () => {
      expect(forwarded().state).toMatchObject({ status: 'forwarded', referral });
      const outcome = (referralId: string): NominationCommand => ({
        type: 'RecordReferralOutcome',
        actor: as('system', 'admin'),
        data: { referralId, decision: cityDecision },
      });
      forwarded().when(outcome('other')).thenThrows('NOT_FOUND', { field: 'referralId' });
      const decided = forwarded().when(outcome('city-n1'));
      decided.then([{ type: 'DecisionSigned', data: { nominationId: 'n1', decision: cityDecision } }]);
      spec
        .given(...forwarded().history, ...decided.events())
        .when(outcome('city-n1'))
        .thenNothingHappens();
    });

    it('turns a refusal at the city into the commune’s rejection, naming the city', () => {
      forwarded()
        .when({
          type: 'RecordReferralOutcome',
          actor: as('system', 'admin'),
          data: { referralId: 'city-n1', declined: { status: 'not_approved', reason: '2 phiếu đồng ý' } },
        })
        .then((events, state) => {
          expect(events[0]).toMatchObject({ type: 'NominationRejected', data: { step: 'referral' } });
          expect(state).toMatchObject({ status: 'rejected' });
          expect((state as ActiveNomination).rejection).toContain('Thành phố Hải Phòng');
        });
    });

    describe('at the city', () => {
      const { state: atCommune } = spec.after(...bangKhen);
      const sent = atCommune as ActiveNomination;
      const receive: NominationCommand = {
        type: 'ReceiveReferral',
        actor: chairman,
        data: {
          proposal: {
            ...sent,
            nominationId: 'city-n1',
            organisation: 'HP',
            referredFrom: { nominationId: 'n1', organisation: referral.from, letter: 'Tờ trình 45' },
          },
          documents: sent.documents,
        },
      };
      const received = () => spec.after(receive);
      const cityAccept: NominationCommand = {
        type: 'Appraise',
        actor: as('hp.snv', 'standing', 'HP-SNV'),
        data: { outcome: 'accept', members: ['hp1', 'hp2', 'hp3'], chair: 'hp1' },
      };
      const cityVotes = ['hp1', 'hp2', 'hp3'].map((m): NominationCommand => ({
        type: 'CastVote',
        actor: as(m, 'council'),
        data: { choice: 'yes', written: false },
      }));
      const cityClose: NominationCommand = { type: 'CloseVote', actor: as('hp1', 'council'), data: {} };

      it('starts at appraisal with the dossier as sent; the same referral again changes nothing', () => {
        expect(received().state).toMatchObject({ status: 'appraisal', organisation: 'HP' });
        expect((received().state as ActiveNomination).documents).toHaveLength(3);
        received().when(receive).thenNothingHappens();
      });

      it('skips the commune’s quota, and is signed by the city chairman, not forwarded again', () => {
        const { state, history } = spec.after(receive, cityAccept, ...cityVotes, cityClose);
        expect(state.status).toBe('posting');
        const waiting = spec.given(
          ...history,
          ...dueNominationEvents(state, new Date(Date.parse(nextNominationDeadline(state)!) + 1)),
        );
        expect(waiting.state.status).toBe('awaiting_decision');
        waiting.when({ ...forward, data: { letter: 'x' } }).thenThrows('WRONG_AUTHORITY');
        waiting
          .when({ type: 'SignDecision', actor: chairman, data: { decision: cityDecision, restrictions: [] } })
          .then([{ type: 'DecisionSigned', data: { nominationId: 'city-n1', decision: cityDecision } }]);
      });
    });
  });
});
