import { DeciderSpecification, type Actor, type RewardForm, type VoteChoice } from '@kernel';
import { DEFAULT_RULE_SET } from '@modules/rule-set/rule-set.policy';
import { considerationDecider, type ConsiderationCommand } from './consideration.decider';
import type { ConsiderationSubject, ProposalFacts } from './consideration.rules';
import {
  considerationDecisionProjection,
  considerationProjection,
  proposalProjection,
} from './consideration.projection';
import { commune, company, firm, village, facts } from './consideration.examples';

const now = new Date('2026-01-10T03:00:00Z');
const rules = { ...DEFAULT_RULE_SET, postingWorkingDays: 0 };
const standing: Actor = { userId: 's', username: 'vhxh', role: 'standing', unitCode: 'VHXH' };
const unit: Actor = { userId: 'u', username: 'vp', role: 'unit', unitCode: 'VP' };
const chairman: Actor = { userId: 'c', username: 'chutich', role: 'chairman' };
const director: Actor = { userId: 'd', username: 'giamdoc', role: 'chairman', unitCode: 'DNKT' };
const members = ['m1', 'm2', 'm3'];
const member = (username: string): Actor => ({ userId: username, username, role: 'council' });
const person = (i: number, unitCode = 'VP'): ConsiderationSubject => ({
  kind: 'individual',
  personId: `p${i}`,
  name: `Người ${i}`,
  position: 'Chuyên viên',
  unitCode,
});

const openIt = (body = commune): ConsiderationCommand => ({
  type: 'OpenConsideration',
  data: { body, year: 2025, rules },
  actor: standing,
});
const propose = (
  i: number,
  form: RewardForm,
  f: Partial<ProposalFacts> = {},
  actor = unit,
  subject = person(i),
): ConsiderationCommand => ({
  type: 'Propose',
  data: {
    proposalId: `p${i}-${form}`,
    subject,
    form,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ',
    facts: facts(f),
  },
  actor,
});
const openVote: ConsiderationCommand = { type: 'OpenVote', data: { members, chair: 'm1' }, actor: standing };
const ballot = (username: string, choices: Record<string, VoteChoice>): ConsiderationCommand => ({
  type: 'CastBallot',
  data: { choices, written: false },
  actor: member(username),
});
const closeVote: ConsiderationCommand = { type: 'CloseVote', data: {}, actor: standing };
const sign = (form: RewardForm, actor = chairman, number = '12/QĐ-UBND'): ConsiderationCommand => ({
  type: 'SignDecision',
  data: {
    form,
    issuer: 'Ủy ban nhân dân xã Kim Thành',
    register: 'KIMTHANH',
    signer: 'Trần Văn Chủ',
    signedOn: '2026-01-10',
    suffix: 'QĐ-UBND',
    money: rules.money,
    decisionId: `KIMTHANH-2025/${form}/1`,
    number,
  },
  actor,
});
const spec = DeciderSpecification(considerationDecider, { now });
const yesAll = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'yes' as VoteChoice]));

describe('the yearly consideration', () => {
  it('given it is open, when a unit proposes its person, then the proposal is made; a refused one keeps its reasons', () => {
    const opened = spec.after(openIt());
    opened.when(propose(1, 'lao_dong_tien_tien')).then(([e]) => expect(e.type).toBe('ProposalMade'));
    opened.when(propose(2, 'chien_si_thi_dua_co_so', { rating: 'hoan_thanh' })).then(([e], state) => {
      expect(e.type).toBe('ProposalRefused');
      if (state.status === 'absent') throw new Error('absent');
      expect(state.proposals['p2-chien_si_thi_dua_co_so'].reasons).toHaveLength(3);
    });
  });

  it('given a refused proposal, when the same is proposed again, then nothing new; once the record changes, it is judged again', () => {
    const refused = spec.after(openIt(), propose(1, 'lao_dong_tien_tien', { rating: 'hoan_thanh' }));
    refused.when(propose(1, 'lao_dong_tien_tien', { rating: 'hoan_thanh' })).thenNothingHappens();
    refused
      .when(propose(1, 'lao_dong_tien_tien', { rating: 'hoan_thanh_tot' }))
      .then(([e]) => expect(e.type).toBe('ProposalMade'));
  });

  it('refuses a unit proposing people of another unit, a form not considered at year end, and a form for the wrong subject', () => {
    const opened = spec.after(openIt());
    opened.when(propose(1, 'lao_dong_tien_tien', {}, { ...unit, unitCode: 'THON1' })).thenThrows('FORBIDDEN');
    opened.when(propose(1, 'bang_khen_chu_tich_thanh_pho')).thenThrows('FORM_NOT_ALLOWED', { field: 'form' });
    opened
      .when(propose(1, 'tap_the_lao_dong_tien_tien'))
      .thenThrows('FORM_NOT_FOR_SUBJECT', { field: 'form' });
  });

  it('given proposals, when the council votes with a complete ballot each and closes, then each gets its outcome and the approved are posted', () => {
    const ids = ['p1-lao_dong_tien_tien', 'p2-lao_dong_tien_tien'];
    const voting = spec.after(
      openIt(),
      propose(1, 'lao_dong_tien_tien'),
      propose(2, 'lao_dong_tien_tien'),
      openVote,
    );
    voting.when(ballot('m1', { [ids[0]]: 'yes' })).thenThrows('BALLOT_INCOMPLETE', { field: 'choices' });
    voting.when(ballot('m9', yesAll(ids))).thenThrows('FORBIDDEN');
    const cast = spec.after(
      openIt(),
      propose(1, 'lao_dong_tien_tien'),
      propose(2, 'lao_dong_tien_tien'),
      openVote,
      ballot('m1', { [ids[0]]: 'yes', [ids[1]]: 'no' }),
      ballot('m2', { [ids[0]]: 'yes', [ids[1]]: 'no' }),
      ballot('m3', { [ids[0]]: 'yes', [ids[1]]: 'yes' }),
    );
    cast.when(closeVote).then((events, state) => {
      expect(events.map((e) => e.type)).toEqual(['VoteConcluded', 'PostingStarted']);
      if (state.status === 'absent') throw new Error('absent');
      expect(state.proposals[ids[0]].status).toBe('approved');
      expect(state.proposals[ids[1]].status).toBe('not_approved');
    });
  });

  it('given too few members took part, when the vote is closed, then it is rescheduled with its basis', () => {
    const id = 'p1-lao_dong_tien_tien';
    spec
      .after(openIt(), propose(1, 'lao_dong_tien_tien'), openVote, ballot('m1', { [id]: 'yes' }))
      .when(closeVote)
      .then(([e]) => expect(e.type).toBe('VoteRescheduled'));
  });

  describe('given LĐTT approved and posted', () => {
    const id = 'p1-lao_dong_tien_tien';
    const approvedCommands = () => [
      openIt(),
      propose(1, 'lao_dong_tien_tien'),
      propose(2, 'lao_dong_tien_tien'),
      openVote,
      ...members.map((m) => ballot(m, yesAll([id, 'p2-lao_dong_tien_tien']))),
      closeVote,
    ];
    const approved = () => spec.after(...approvedCommands());

    it('when the chairman signs, then one decision lists every recipient with the money and the total', () => {
      approved()
        .when(sign('lao_dong_tien_tien'))
        .then(([e]) =>
          expect(e).toMatchObject({
            type: 'DecisionSigned',
            data: {
              number: '12/QĐ-UBND',
              baseSalary: { amount: 2_340_000 },
              recipients: [
                { proposalId: id, coefficient: 0.3, amount: 710_000 },
                { proposalId: 'p2-lao_dong_tien_tien', amount: 710_000 },
              ],
              total: 1_420_000,
            },
          }),
        );
    });

    it('when someone objects during posting, then it waits out of the decision until resolved', () => {
      const object: ConsiderationCommand = {
        type: 'RaiseObjection',
        data: { proposalId: id, objectionId: 'o1', text: 'Đang bị xem xét kỷ luật' },
        actor: unit,
      };
      const resolve = (outcome: 'dismissed' | 'upheld'): ConsiderationCommand => ({
        type: 'ResolveObjection',
        data: { proposalId: id, objectionId: 'o1', outcome, reason: 'Đã xác minh' },
        actor: standing,
      });
      const objected = spec.after(...approvedCommands(), object);
      expect(objected.state.status !== 'absent' && objected.state.proposals[id].status).toBe('suspended');
      objected
        .when(sign('lao_dong_tien_tien'))
        .then(([e]) =>
          expect(e).toMatchObject({ data: { recipients: [{ proposalId: 'p2-lao_dong_tien_tien' }] } }),
        );
      objected.when(object).thenNothingHappens();
      objected
        .when(resolve('dismissed'))
        .then((_, state) => expect(state.status !== 'absent' && state.proposals[id].status).toBe('approved'));
      objected
        .when(resolve('upheld'))
        .then((_, state) => expect(state.status !== 'absent' && state.proposals[id].status).toBe('rejected'));
      objected.when({ ...resolve('dismissed'), actor: unit }).thenThrows('FORBIDDEN');
    });

    it('when a company’s director signs the commune’s decision, then refused', () => {
      approved().when(sign('lao_dong_tien_tien', director)).thenThrows('FORBIDDEN');
    });

    it('when nothing of a form is approved, then NOTHING_TO_SIGN', () => {
      approved().when(sign('chien_si_thi_dua_co_so')).thenThrows('NOTHING_TO_SIGN', { field: 'form' });
    });
  });

  it('given a company’s own consideration, when its director signs, then accepted; the commune chairman is refused', () => {
    const id = 'p1-lao_dong_tien_tien';
    const done = spec.after(
      openIt(company),
      propose(1, 'lao_dong_tien_tien', { units: [firm] }, standing, person(1, 'DNKT')),
      openVote,
      ...members.map((m) => ballot(m, yesAll([id]))),
      closeVote,
    );
    done.when(sign('lao_dong_tien_tien', chairman)).thenThrows('FORBIDDEN');
    done.when(sign('lao_dong_tien_tien', director)).then(([e]) => expect(e.type).toBe('DecisionSigned'));
  });

  it('given a Gia đình văn hóa, when proposed, then it is posted at once with no vote and signed after its posting', () => {
    const household: ConsiderationSubject = {
      kind: 'household',
      head: 'Phạm Văn Hùng',
      address: 'Thôn Kim Lương',
      unitCode: 'THON1',
    };
    const posted = spec.after(
      openIt(),
      propose(1, 'gia_dinh_van_hoa', { units: [village], rating: undefined }, standing, household),
    );
    expect(posted.history.map((e) => e.type)).toEqual([
      'ConsiderationOpened',
      'ProposalMade',
      'PostingStarted',
    ]);
    // Five working days from Saturday 10/01/2026: posted until Friday 16/01.
    posted.when(sign('gia_dinh_van_hoa')).thenThrows('NOTHING_TO_SIGN');
    posted
      .when(sign('gia_dinh_van_hoa'), new Date('2026-01-17T01:00:00Z'))
      .then(([e]) => expect(e).toMatchObject({ data: { recipients: [{ amount: 0 }], total: 0 } }));
  });
});

describe('the consideration’s read models', () => {
  it('given a nomination’s events of the same names (VoteConcluded, DecisionSigned, PostingStarted), then they are left alone', () => {
    for (const type of ['VotingOpened', 'VoteConcluded', 'PostingStarted', 'DecisionSigned'])
      for (const projection of [considerationProjection, proposalProjection, considerationDecisionProjection])
        expect(
          projection.keysOf({
            position: 1,
            eventId: 'e',
            streamId: 'nomination-1',
            version: 1,
            type,
            data: { nominationId: '1' },
            metadata: {} as never,
            occurredAt: '',
            recordedAt: '',
          }),
        ).toEqual([]);
  });
});
