import { Injectable } from '@nestjs/common';
import type { FindOptionsWhere } from 'typeorm';
import { civilDateAt, DomainError, type Actor } from '@kernel';
import type { RewardForm } from '@modules/plan/plan.definition';
import { PlanQuery } from '@modules/plan/plan.query';
import { ReviewQuery } from '@modules/review/review.query';
import { jurisdictionOf } from '@modules/rule-set/rule-set.policy';
import { RuleSetQuery } from '@modules/rule-set/rule-set.query';
import { issuingBody, UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { PeopleQuery } from '@modules/people/people.query';
import { isOverseer } from '@platform/http/access';
import type { Page } from '@platform/http/page';
import { BlobStore, type Upload } from '@platform/http/uploads';
import { nameUuid } from '@platform/ids';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import type { CommandResult } from '@platform/workflow/contracts';
import {
  requireProposer,
  type NominationCommand,
  type NominationStatus,
  type NominationSubject,
  type Restriction,
} from '../nomination.decider';
import { nominationProjection, type NominationView } from '../nomination.projection';
import { handledIn, NominationQuery } from '../nomination.query';
import { nominationRoute, quotaAllocationRoute } from '../nomination.route';
import { renderCertificate } from './certificate';
import { nominationReply as reply, type NominationReply } from './nomination.reply';
import type {
  AppraisalDto,
  CityDecisionDto,
  NominationDto,
  NominationFilter,
  ResolutionDto,
  VoteDto,
} from './nomination.dto';

const READERS = ['council', 'chairman'];
const PUBLIC: NominationStatus[] = ['posting', 'suspended', 'awaiting_decision', 'forwarded', 'decided'];

/**
 * Nominations on their way to a decision. The service reads what a command needs (the review,
 * the rules in force, restrictions, the council), sends it to the nomination's workflow and
 * answers from the update's result; the rules themselves live in the nomination's decider.
 */
@Injectable()
export class NominationsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly nominations: NominationQuery,
    private readonly reviews: ReviewQuery,
    private readonly plans: PlanQuery,
    private readonly rules: RuleSetQuery,
    private readonly units: UnitDirectoryQuery,
    private readonly blobs: BlobStore,
    private readonly scope: OrganisationScope,
    private readonly people: PeopleQuery,
  ) {}

  async propose(reviewId: string, dto: NominationDto, actor: Actor): Promise<NominationReply> {
    const review = await this.reviews.review(reviewId);
    const plan = await this.plans.plan(review.planId);
    const scored = review.scores?.find((s) => s.unitCode === dto.subject.unitCode);
    const unitCode = dto.subject.unitCode;
    const subject: NominationSubject =
      dto.subject.kind === 'collective'
        ? { kind: 'collective', unitCode, name: scored?.unitName ?? unitCode }
        : {
            kind: 'individual',
            unitCode,
            name: dto.subject.name!.trim(),
            position: dto.subject.position!.trim(),
          };
    // One achievement, one reward: the subject within a review names the nomination.
    const subjectKey =
      subject.kind === 'collective' ? subject.unitCode : `${subject.unitCode}/${subject.name.toLowerCase()}`;
    const nominationId = nameUuid('nomination', reviewId, subjectKey);
    const result = await this.send(nominationId, review.planId, {
      type: 'ProposeNomination',
      data: {
        nominationId,
        planId: review.planId,
        reviewId,
        subject,
        form: dto.form,
        achievement: dto.achievement,
        proposedBy: actor.unitCode ?? plan.definition.standingUnit,
        score: scored?.score ?? 0,
        rules: await this.rules.inForce(jurisdictionOf(plan.definition), civilDateAt(new Date())),
        restrictions: await this.restrictionsOf(subject),
        review: {
          status: review.status === 'closed' && review.scores ? 'closed' : 'open',
          kind: review.kind,
          planForms: plan.definition.rewards.filter((r) => r.occasion === review.kind).map((r) => r.form),
          unitScored: !!scored,
        },
      },
      actor,
    });
    return this.answer(result, nominationId, actor);
  }

  async get(id: string, actor: Actor): Promise<NominationReply> {
    const row = await this.nominations.nomination(id);
    if (!this.canSee(row, actor)) throw new DomainError('FORBIDDEN', 'Hồ sơ này không thuộc đơn vị của bạn');
    return reply(row);
  }

  async list(filter: NominationFilter, actor: Actor): Promise<Page<NominationReply>> {
    const where: FindOptionsWhere<NominationView> = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.reviewId ? { reviewId: filter.reviewId } : {}),
      ...(isOverseer(actor) || READERS.includes(actor.role) ? {} : { unitCode: actor.unitCode ?? '' }),
    };
    const page = await this.nominations.page(
      handledIn(await this.scope.readable(actor), where),
      filter.limit,
      filter.offset,
    );
    return { ...page, items: page.items.map(reply) };
  }

  async attach(id: string, kind: string, file: Upload | undefined, actor: Actor): Promise<NominationReply> {
    const row = await this.get(id, actor);
    requireProposer(row.state, actor); // before keeping any bytes
    const stored = await this.blobs.store(file);
    const documentId = nameUuid('dossier', id, kind, stored.sha256);
    return this.act(row, actor, {
      type: 'AttachDossierDocument',
      data: { document: { documentId, kind: kind as never, ...stored } },
    });
  }

  async document(id: string, documentId: string, actor: Actor) {
    const row = await this.get(id, actor);
    const document = row.state.documents.find((d) => d.documentId === documentId);
    if (!document)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tài liệu trong hồ sơ', { field: 'documentId' });
    return { document, content: await this.blobs.read(document.sha256) };
  }

  submit = (id: string, actor: Actor) => this.actOn(id, actor, { type: 'SubmitNomination', data: {} });

  /** Accepting opens the council's vote: the command carries who sits on the council today. */
  async appraise(id: string, dto: AppraisalDto, actor: Actor): Promise<NominationReply> {
    const { state, planId } = await this.nominations.nomination(id);
    const organisation = state.organisation ?? (await this.plans.plan(planId)).organisationCode;
    const { members, chair } = await this.people.council(organisation, civilDateAt(new Date()));
    return this.actOn(id, actor, { type: 'Appraise', data: { ...dto, members, chair } });
  }

  vote = (id: string, dto: VoteDto, actor: Actor) =>
    this.actOn(id, actor, { type: 'CastVote', data: { choice: dto.choice, written: dto.written } });

  closeVote = (id: string, actor: Actor) => this.actOn(id, actor, { type: 'CloseVote', data: {} });

  /**
   * The council's result for a form with a quota: one process workflow decides the places from
   * the review's nominations and gives each its result, all of them or (until it resumes) none.
   */
  async councilResult(reviewId: string, form: RewardForm, actor: Actor): Promise<NominationReply[]> {
    await this.reviews.review(reviewId);
    const rows = await this.gateway.run(quotaAllocationRoute, { reviewId, form, actor });
    return (rows as unknown as NominationView[]).map(reply);
  }

  object = (id: string, text: string, actor: Actor) =>
    this.actOn(id, actor, {
      type: 'RaiseObjection',
      data: { objectionId: nameUuid('objection', id, text), text },
    });

  resolve = (id: string, objectionId: string, dto: ResolutionDto, actor: Actor) =>
    this.actOn(id, actor, { type: 'ResolveObjection', data: { objectionId, ...dto } });

  /**
   * The chairman where the nomination stands signs (the commune's; the city's for a referral).
   * The nomination's workflow takes the next number of the issuer's register for the year and
   * records the decision with it, as one process.
   */
  async decide(id: string, actor: Actor): Promise<NominationReply> {
    const row = await this.get(id, actor);
    const signedOn = civilDateAt(new Date());
    const holder = await this.people.signatory(actor.username, signedOn);
    // Accounts of people sign in their own name; the demo's, in the plan's signer's or their own.
    const { issuer, signer, register } = row.state.organisation
      ? {
          issuer: issuingBody(await this.units.unit(row.state.organisation)),
          signer: holder?.fullName ?? (await this.people.displayName(actor.username)),
          register: row.state.organisation,
        }
      : await this.plans.plan(row.planId).then(({ definition, organisationCode }) => ({
          issuer: definition.issuer,
          signer: holder?.fullName ?? definition.signer,
          register: organisationCode ?? undefined,
        }));
    return this.act(row, actor, {
      type: 'Sign',
      data: {
        issuer,
        ...(register ? { register } : {}),
        signer,
        ...(holder?.deputy ? { deputy: true } : {}),
        signedOn,
        suffix: 'QĐ-UBND',
        restrictions: await this.restrictionsOf(row.state.subject),
      },
    });
  }

  /**
   * Up to the next level: where that level works in ThiDua too, the dossier becomes a
   * nomination of its own there (its standing agency, council and chairman); otherwise the
   * standing agency later records the decision the next level sent on paper.
   */
  async forward(id: string, letter: string, actor: Actor): Promise<NominationReply> {
    const row = await this.get(id, actor);
    const here = row.state.organisation ?? (await this.plans.plan(row.planId)).organisationCode;
    const up = here ? await this.units.parentOrganisation(here) : undefined;
    const to = up && {
      nominationId: nameUuid('referral', id, up.id),
      from: { code: here!, name: (await this.units.unit(here!)).name },
      to: { code: up.id, name: up.name },
    };
    return this.act(row, actor, { type: 'ForwardToCity', data: { letter, ...(to ? { to } : {}) } });
  }

  recordCityDecision = (id: string, dto: CityDecisionDto, actor: Actor) =>
    this.actOn(id, actor, {
      type: 'RecordCityDecision',
      data: { decision: { ...dto, authority: 'city_chairman' } },
    });

  async certificate(id: string, actor: Actor): Promise<{ fileName: string; content: Buffer }> {
    const row = await this.get(id, actor);
    if (!row.state.decision)
      throw new DomainError('NOT_DECIDED', 'Chưa có quyết định khen thưởng nên chưa có giấy khen, bằng khen');
    const plan = await this.plans.plan(row.planId);
    const content = await renderCertificate(row.state, plan.definition);
    return { fileName: `khen-thuong-${row.state.decision.number.replace(/[^\w-]+/g, '-')}.docx`, content };
  }

  private async actOn(id: string, actor: Actor, command: Omit<NominationCommand, 'actor'>) {
    return this.act(await this.get(id, actor), actor, command);
  }

  private async act(
    row: NominationView,
    actor: Actor,
    command: Omit<NominationCommand, 'actor'>,
  ): Promise<NominationReply> {
    const result = await this.send(row.id, row.planId, { ...command, actor } as NominationCommand);
    return this.answer(result, row.id, actor);
  }

  private send(nominationId: string, planId: string, command: NominationCommand): Promise<CommandResult> {
    return this.gateway.send(nominationRoute, { nominationId, planId }, command);
  }

  /** From the update's result; a repeat that changed nothing reads the nomination as it stands. */
  private async answer(result: CommandResult, nominationId: string, actor: Actor): Promise<NominationReply> {
    const [row] = rowsOf<NominationView>(result, nominationProjection);
    return row ? reply(row) : this.get(nominationId, actor);
  }

  /** Active restrictions on the subject: the unit's own for a collective, the person's for an individual. */
  private async restrictionsOf(subject: NominationSubject): Promise<Restriction[]> {
    const rows = await this.units.activeRestrictionsOf(subject.unitCode);
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
