import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import {
  decisionRegisterUpdate,
  decisionRegisterWorkflowId,
  type DecisionRegisterWorkflowInput,
} from '@modules/decision-register/decision-register.route';
import {
  nominationCommandUpdate,
  nominationWorkflowId,
  type NominationWorkflowInput,
} from '../nomination.route';
import { nameUuid } from '@platform/ids';
import { allocateQuota, quotaPlaces } from '../nomination.voting';
import { civilDateAt, DomainError, type Actor } from '@kernel';
import { jurisdictionOf, nameKey } from '@modules/rule-set/rule-set.policy';
import {
  NOMINATION_STATUS_LABELS,
  requireProposer,
  type NominationCommand,
  type NominationStatus,
  type NominationSubject,
  type Restriction,
} from '../nomination.decider';
import { REWARD_FORM_INFO } from '../nomination.forms';
import { type RewardForm } from '@modules/plan/plan.definition';
import { UserRow } from '@platform/database';
import { DecisionNumberView } from '@modules/decision-register/decision-register.projection';
import { RestrictionView } from '@modules/unit-directory/restriction.projection';
import { NominationView } from '../nomination.projection';
import type { Page } from '@platform/http/page';
import { readBlob, storeUpload, type Upload } from '@platform/http/uploads';
import { PlansService } from '@modules/plan/http/plans.service';
import { TemporalService } from '@platform/temporal/temporal.service';
import { isOverseer } from '@platform/http/access';
import { renderCertificate } from './certificate';
import type {
  AppraisalDto,
  CityDecisionDto,
  NominationDto,
  NominationQuery,
  ResolutionDto,
  VoteDto,
} from './nomination.dto';
import { ReviewsService } from '@modules/review/http/reviews.service';
import { RuleSetsService } from '@modules/rule-set/http/rule-sets.service';

export type NominationReply = NominationView & { statusLabel: string; formLabel: string };

/** The yearly titles the law lets any review propose, beside the forms a plan names for it. */
const YEARLY_TITLES: RewardForm[] = [
  'lao_dong_tien_tien',
  'tap_the_lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'thon_van_hoa',
];
const READERS = ['council', 'chairman'];
const PUBLIC: NominationStatus[] = ['posting', 'suspended', 'awaiting_decision', 'forwarded', 'decided'];

@Injectable()
export class NominationsService {
  constructor(
    private readonly temporal: TemporalService,
    private readonly plans: PlansService,
    private readonly reviews: ReviewsService,
    private readonly rules: RuleSetsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async propose(reviewId: string, dto: NominationDto, actor: Actor): Promise<NominationReply> {
    // A closed review carries its fixed scores; an open one is refused before any scoring.
    const review = await this.reviews.review(reviewId);
    if (review.status !== 'closed' || !review.scores)
      throw new DomainError(
        'REVIEW_NOT_CLOSED',
        'Đợt đánh giá chưa chốt kết quả: chưa thể đề nghị khen thưởng',
        {
          field: 'id',
        },
      );
    const plan = await this.plans.get(review.planId);
    const occasion = review.kind;
    const allowed = [
      ...plan.definition.rewards.filter((r) => r.occasion === occasion).map((r) => r.form),
      ...YEARLY_TITLES,
    ];
    if (!allowed.includes(dto.form))
      throw new DomainError(
        'FORM_NOT_ALLOWED',
        `Kế hoạch không dùng hình thức “${REWARD_FORM_INFO[dto.form].label}” cho đợt đánh giá này`,
        {
          field: 'form',
          allowed: [...new Set(allowed)],
        },
      );
    const scored = review.scores.find((s) => s.unitCode === dto.subject.unitCode);
    if (!scored)
      throw new DomainError(
        'UNIT_NOT_IN_REVIEW',
        `Đơn vị ${dto.subject.unitCode} không có trong kết quả đánh giá`,
        {
          field: 'subject.unitCode',
        },
      );
    const subject: NominationSubject =
      dto.subject.kind === 'collective'
        ? { kind: 'collective', unitCode: scored.unitCode, name: scored.unitName }
        : {
            kind: 'individual',
            unitCode: scored.unitCode,
            name: dto.subject.name!.trim(),
            position: dto.subject.position!.trim(),
          };
    // One achievement, one reward: the subject within a review names the nomination.
    const subjectKey =
      subject.kind === 'collective' ? subject.unitCode : `${subject.unitCode}/${subject.name.toLowerCase()}`;
    const nominationId = nameUuid('nomination', reviewId, subjectKey);
    const today = civilDateAt(new Date());
    await this.send(nominationId, review.planId, {
      type: 'ProposeNomination',
      data: {
        nominationId,
        planId: review.planId,
        reviewId,
        subject,
        form: dto.form,
        achievement: dto.achievement,
        proposedBy: actor.unitCode ?? plan.definition.standingUnit,
        score: scored.score,
        rules: await this.rules.inForce(jurisdictionOf(plan.definition), today),
        restrictions: await this.restrictionsOf(subject),
      },
      actor,
    });
    return this.get(nominationId, actor);
  }

  async get(id: string, actor: Actor): Promise<NominationReply> {
    const row = await this.db.getRepository(NominationView).findOneBy({ id });
    if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ đề nghị khen thưởng', { field: 'id' });
    if (!this.canSee(row, actor)) throw new DomainError('FORBIDDEN', 'Hồ sơ này không thuộc đơn vị của bạn');
    return reply(row);
  }

  async list(query: NominationQuery, actor: Actor): Promise<Page<NominationReply>> {
    const where: FindOptionsWhere<NominationView> = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.reviewId ? { reviewId: query.reviewId } : {}),
      ...(isOverseer(actor) || READERS.includes(actor.role) ? {} : { unitCode: actor.unitCode ?? '' }),
    };
    const [rows, total] = await this.db.getRepository(NominationView).findAndCount({
      where,
      order: { statusSince: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(reply), total, limit: query.limit, offset: query.offset };
  }

  async attach(id: string, kind: string, file: Upload | undefined, actor: Actor): Promise<NominationReply> {
    const row = await this.get(id, actor);
    requireProposer(row.state, actor); // before keeping any bytes
    const stored = await storeUpload(this.db, file);
    const documentId = nameUuid('dossier', id, kind, stored.sha256);
    return this.command(row, {
      type: 'AttachDossierDocument',
      data: { document: { documentId, kind: kind as never, ...stored } },
      actor,
    });
  }

  async document(id: string, documentId: string, actor: Actor) {
    const row = await this.get(id, actor);
    const document = row.state.documents.find((d) => d.documentId === documentId);
    if (!document)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tài liệu trong hồ sơ', { field: 'documentId' });
    return { document, content: await readBlob(this.db, document.sha256) };
  }

  submit = (id: string, actor: Actor) => this.act(id, actor, { type: 'SubmitNomination', data: {} });

  async appraise(id: string, dto: AppraisalDto, actor: Actor): Promise<NominationReply> {
    const members = await this.db
      .getRepository(UserRow)
      .find({ where: { role: 'council' }, order: { username: 'ASC' } });
    const chair = members.find((m) => m.councilChair)?.username ?? members[0]?.username ?? '';
    return this.act(id, actor, {
      type: 'Appraise',
      data: { ...dto, members: members.map((m) => m.username), chair },
    });
  }

  vote = (id: string, dto: VoteDto, actor: Actor) =>
    this.act(id, actor, { type: 'CastVote', data: { choice: dto.choice, written: dto.written } });

  closeVote = (id: string, actor: Actor) => this.act(id, actor, { type: 'CloseVote', data: {} });

  /**
   * Applies a form's quota to a review's nominations that passed the vote: ranked by yes votes,
   * a tie across the last place goes to the chair's vote, then to the review score.
   */
  async councilResult(reviewId: string, form: RewardForm, actor: Actor): Promise<NominationReply[]> {
    const review = await this.reviews.get(reviewId);
    const all = await this.db.getRepository(NominationView).findBy({ reviewId, form });
    const waiting = all.filter((n) => n.status === 'awaiting_quota');
    if (waiting.length === 0)
      throw new DomainError(
        'NOTHING_AWAITING_QUOTA',
        'Không có hồ sơ nào đang chờ xét chỉ tiêu cho hình thức này',
        {
          field: 'form',
        },
      );
    for (const kind of ['collective', 'individual'] as const) {
      const candidates = waiting.filter((n) => n.state.subject.kind === kind);
      if (candidates.length === 0) continue;
      const quota = candidates[0].state.rules.quotas[form];
      const percent = (kind === 'collective' ? quota?.collectivePercent : quota?.individualPercent) ?? 100;
      const base =
        kind === 'collective'
          ? review.scores.length
          : all.filter((n) => n.state.subject.kind === kind).length;
      const places = quotaPlaces(percent, base);
      const outcomes = allocateQuota(
        candidates.map((n) => ({
          nominationId: n.id,
          yes: n.state.tally?.yes ?? 0,
          chairChoice: n.state.chairChoice ?? undefined,
          score: n.state.score,
        })),
        places,
      );
      for (const o of outcomes) {
        const row = candidates.find((n) => n.id === o.nominationId)!;
        await this.send(row.id, row.planId, {
          type: 'ApplyQuota',
          data: { selected: o.selected, rank: o.rank, places, basis: o.basis },
          actor,
        });
      }
    }
    return Promise.all(waiting.map((n) => this.get(n.id, actor)));
  }

  object = (id: string, text: string, actor: Actor) =>
    this.act(id, actor, {
      type: 'RaiseObjection',
      data: { objectionId: nameUuid('objection', id, text), text },
    });

  resolve = (id: string, objectionId: string, dto: ResolutionDto, actor: Actor) =>
    this.act(id, actor, { type: 'ResolveObjection', data: { objectionId, ...dto } });

  /**
   * The commune chairman signs: the register of the issuer's decisions for the year gives the
   * next number (the same one if this nomination asks again), then the decision is recorded.
   */
  async decide(id: string, actor: Actor): Promise<NominationReply> {
    const row = await this.get(id, actor);
    const { state } = row;
    if (actor.role !== 'chairman')
      throw new DomainError('FORBIDDEN', 'Chỉ Chủ tịch UBND ký quyết định khen thưởng');
    if (state.rules.authority[state.form] !== 'commune_chairman')
      throw new DomainError(
        'FORBIDDEN',
        `${REWARD_FORM_INFO[state.form].label} do Chủ tịch UBND thành phố quyết định: chuyển hồ sơ lên thành phố`,
        {
          field: 'form',
        },
      );
    if (state.status === 'decided') return row;
    if (state.status !== 'awaiting_decision')
      throw new DomainError(
        'NOMINATION_WRONG_STATUS',
        `Không thể ký quyết định khi hồ sơ ở trạng thái “${NOMINATION_STATUS_LABELS[state.status]}”`,
      );
    const plan = await this.plans.get(row.planId);
    const issuer = plan.definition.issuer;
    const signedOn = civilDateAt(new Date());
    const year = Number(signedOn.slice(0, 4));
    const input: DecisionRegisterWorkflowInput = { issuerKey: nameKey(issuer).toLowerCase(), year };
    await this.temporal.updateWithStart(
      'decisionRegisterWorkflow',
      decisionRegisterWorkflowId(input.issuerKey, year),
      [input],
      decisionRegisterUpdate,
      { type: 'AssignDecisionNumber', data: { nominationId: id, issuer, year, suffix: 'QĐ-UBND' }, actor },
    );
    const { number } = await this.db.getRepository(DecisionNumberView).findOneByOrFail({ id });
    return this.command(row, {
      type: 'SignDecision',
      data: {
        decision: { number, signedOn, signer: plan.definition.signer, authority: 'commune_chairman', issuer },
        restrictions: await this.restrictionsOf(state.subject),
      },
      actor,
    });
  }

  forward = (id: string, letter: string, actor: Actor) =>
    this.act(id, actor, { type: 'ForwardToCity', data: { letter } });

  recordCityDecision = (id: string, dto: CityDecisionDto, actor: Actor) =>
    this.act(id, actor, {
      type: 'RecordCityDecision',
      data: { decision: { ...dto, authority: 'city_chairman' } },
    });

  async certificate(id: string, actor: Actor): Promise<{ fileName: string; content: Buffer }> {
    const row = await this.get(id, actor);
    if (!row.state.decision)
      throw new DomainError('NOT_DECIDED', 'Chưa có quyết định khen thưởng nên chưa có giấy khen, bằng khen');
    const plan = await this.plans.get(row.planId);
    const content = await renderCertificate(row.state, plan.definition);
    return { fileName: `khen-thuong-${row.state.decision.number.replace(/[^\w-]+/g, '-')}.docx`, content };
  }

  private async act(
    id: string,
    actor: Actor,
    command: Omit<NominationCommand, 'actor'>,
  ): Promise<NominationReply> {
    const row = await this.get(id, actor);
    return this.command(row, { ...command, actor } as NominationCommand);
  }

  private async command(row: NominationView, command: NominationCommand): Promise<NominationReply> {
    await this.send(row.id, row.planId, command);
    return this.get(row.id, command.actor);
  }

  private send(nominationId: string, planId: string, command: NominationCommand) {
    const input: NominationWorkflowInput = { nominationId, planId };
    return this.temporal.updateWithStart(
      'nominationWorkflow',
      nominationWorkflowId(nominationId),
      [input],
      nominationCommandUpdate,
      command,
    );
  }

  /** Active restrictions on the subject: the unit's own for a collective, the person's for an individual. */
  private async restrictionsOf(subject: NominationSubject): Promise<Restriction[]> {
    const rows = await this.db
      .getRepository(RestrictionView)
      .findBy({ unitCode: subject.unitCode, active: true });
    const person = subject.kind === 'individual' ? subject.name.toLowerCase() : null;
    return rows
      .filter((r) => (person ? r.personName?.toLowerCase() === person : r.personName === null))
      .map((r) => ({ kind: r.kind, reason: r.reason }));
  }

  /** Nominees are posted publicly and decisions are public; dossiers before that are not. */
  private canSee(row: NominationView, actor: Actor): boolean {
    return (
      PUBLIC.includes(row.status) ||
      isOverseer(actor) ||
      READERS.includes(actor.role) ||
      row.unitCode === actor.unitCode ||
      row.state.proposedBy === actor.unitCode
    );
  }
}

const reply = (row: NominationView): NominationReply => ({
  ...row,
  statusLabel: NOMINATION_STATUS_LABELS[row.status],
  formLabel: REWARD_FORM_INFO[row.form].label,
});
