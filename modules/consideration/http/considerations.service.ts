import { Injectable } from '@nestjs/common';
import {
  civilDateAt,
  formOfTitle,
  DomainError,
  RATING_LABELS,
  REWARD_FORM_INFO,
  type Actor,
  type RewardForm,
} from '@kernel';
import { PeopleQuery } from '@modules/people/people.query';
import { jurisdictionOf, type RewardRuleSet } from '@modules/rule-set/rule-set.policy';
import { RuleSetQuery } from '@modules/rule-set/rule-set.query';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { issuingBody, UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import type { UnitView } from '@modules/unit-directory/unit.projection';
import { readsAll } from '@platform/http/access';
import { nameUuid } from '@platform/ids';
import { CommandGateway } from '@platform/temporal/command-gateway';
import { considerationIdOf, type ConsiderationCommand } from '../consideration.decider';
import type { ConsiderationDecisionView, ConsiderationView, ProposalView } from '../consideration.projection';
import { ConsiderationQuery, type YearFacts } from '../consideration.query';
import { considerationRoute } from '../consideration.route';
import {
  subjectKey,
  type AwardingBody,
  type ConsiderationSubject,
  type ProposalFacts,
} from '../consideration.rules';
import type { BallotDto, OpenConsiderationDto, ProposalItemDto, ProposeDto } from './consideration.dto';

export interface FormChoice {
  form: RewardForm;
  label: string;
  subjects: string[];
  title: boolean;
  conditions: string;
  source: string;
}

export interface ConsiderationDetail extends ConsiderationView {
  forms: FormChoice[];
  decisions: ConsiderationDecisionView[];
  counts: Record<string, number>;
}

export interface Candidate {
  kind: 'individual' | 'collective';
  personId?: string;
  unitCode: string;
  unitName: string;
  name: string;
  position?: string;
  rating?: string;
  titles: Array<{ year: number; form: string }>;
  initiatives: string[];
}

/**
 * The yearly consideration behind the API: it reads what a command needs (the body, the rules
 * in force, each subject's record, the council) and sends it to the consideration's workflow;
 * the rules themselves live in the decider.
 */
@Injectable()
export class ConsiderationsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: ConsiderationQuery,
    private readonly units: UnitDirectoryQuery,
    private readonly people: PeopleQuery,
    private readonly rules: RuleSetQuery,
    private readonly scope: OrganisationScope,
  ) {}

  /** Opened for an organisation by its standing agency (or, as for its people, its city's). */
  async open(organisation: string, dto: OpenConsiderationDto, actor: Actor): Promise<ConsiderationDetail> {
    await this.scope.check(actor, organisation, 'read');
    const org = await this.organisationItself(organisation);
    const rules = await this.rulesOf(org, civilDateAt(new Date()));
    const body = dto.unitCode ? await this.selfAwardingBody(org, dto.unitCode, rules) : bodyOf(org);
    const id = considerationIdOf(body.code, dto.year);
    await this.send(id, { type: 'OpenConsideration', data: { body, year: dto.year, rules } }, actor);
    return this.get(id, actor);
  }

  async list(organisation: string, actor: Actor): Promise<ConsiderationView[]> {
    await this.scope.check(actor, organisation, 'read');
    return this.query.ofOrganisation(organisation);
  }

  async get(id: string, actor: Actor): Promise<ConsiderationDetail> {
    const row = await this.readable(id, actor);
    const [rules, decisions, proposals] = await Promise.all([
      this.rulesOf(await this.units.unit(row.organisationCode), row.openedOn),
      this.query.decisions(id),
      this.query.proposals(id),
    ]);
    const counts: Record<string, number> = {};
    for (const p of proposals) counts[p.status] = (counts[p.status] ?? 0) + 1;
    const self = row.bodyCode !== row.organisationCode;
    const forms = (Object.keys(rules.yearEnd) as RewardForm[])
      .filter((form) => !self || rules.selfAwarding.forms.includes(form))
      .map((form) => formChoice(rules, form));
    return { ...row, forms, decisions, counts };
  }

  async proposals(id: string, actor: Actor): Promise<ProposalView[]> {
    const row = await this.readable(id, actor);
    const all = await this.query.proposals(row.id);
    return readsAll(actor)
      ? all
      : all.filter((p) => p.proposedBy === actor.unitCode || p.unitCode === actor.unitCode);
  }

  /** A unit's people and collectives (or the whole body's), each with its rating and record, to propose from. */
  async candidates(id: string, unit: string | undefined, actor: Actor): Promise<Candidate[]> {
    const row = await this.readable(id, actor);
    const organisation = row.organisationCode;
    const within = unit ?? (actor.role === 'unit' ? actor.unitCode : undefined) ?? row.bodyCode;
    const [below, own, directory, facts] = await Promise.all([
      this.units.subtree(within),
      this.units.ownUnits(organisation),
      this.people.directory(organisation),
      this.query.yearFacts(organisation, row.year),
    ]);
    const inside = new Set(below);
    const ours = own.filter((u) => inside.has(u.code));
    const names = new Map(own.map((u) => [u.code, u.name]));
    const recordOf = (key: string, personId?: string) => {
      const rating = facts.ratings.get(key);
      return {
        ...(rating ? { rating } : {}),
        titles: facts.titles.get(key) ?? [],
        initiatives: (personId && facts.initiatives.get(personId)) || [],
      };
    };
    const persons = directory
      .map(({ person }) => person)
      .filter((p) => inside.has(p.unitCode ?? organisation))
      .map((p) => ({
        kind: 'individual' as const,
        personId: p.id,
        unitCode: p.unitCode ?? organisation,
        unitName: names.get(p.unitCode ?? organisation) ?? organisation,
        name: p.fullName,
        ...(p.position ? { position: p.position } : {}),
        ...recordOf(`person:${p.id}`, p.id),
      }))
      .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.name.localeCompare(b.name, 'vi'));
    const collectives = ours
      .filter((u) => u.code !== organisation)
      .map((u) => ({
        kind: 'collective' as const,
        unitCode: u.code,
        unitName: u.name,
        name: u.name,
        ...recordOf(`unit:${u.code}`),
      }));
    return [...persons, ...collectives];
  }

  /**
   * Proposals from a unit's list: every subject is resolved and read first (a bad one refuses the
   * whole list, nothing sent), then each is sent on its own, prerequisites (LĐTT) before the
   * titles resting on them (CSTĐCS); each comes back made or refused with its reasons.
   */
  async propose(id: string, dto: ProposeDto, actor: Actor): Promise<ProposalView[]> {
    const row = await this.writable(id, actor);
    const labels = new Map((await this.units.kinds()).map((k) => [k.code, k.label]));
    const year = await this.query.yearFacts(row.organisationCode, row.year);
    const ready = await Promise.all(dto.items.map((item, i) => this.resolve(row, item, i, labels, year)));
    const rules = await this.rulesOf(await this.units.unit(row.organisationCode), row.openedOn);
    const depth = (form: RewardForm): number =>
      Math.max(0, ...(rules.yearEnd[form]?.requires ?? []).map((r) => 1 + depth(r.form)));
    const ordered = [...ready].sort((a, b) => depth(a.form) - depth(b.form));
    for (const command of ordered) await this.send(id, { type: 'Propose', data: command }, actor);
    const rows = await this.query.proposals(
      id,
      ready.map((r) => r.proposalId),
    );
    // In the order asked, as the list on screen reads.
    return ready.map((r) => rows.find((p) => p.id === r.proposalId)!);
  }

  async withdraw(id: string, proposalId: string, reason: string, actor: Actor): Promise<ProposalView> {
    await this.writable(id, actor);
    await this.send(id, { type: 'WithdrawProposal', data: { proposalId, reason } }, actor);
    return (await this.query.proposals(id, [proposalId]))[0];
  }

  /** An objection while the proposal is posted: it waits until the standing agency resolves it. */
  async object(id: string, proposalId: string, text: string, actor: Actor): Promise<ProposalView> {
    await this.writable(id, actor);
    const objectionId = nameUuid('objection', proposalId, text.trim());
    await this.send(id, { type: 'RaiseObjection', data: { proposalId, objectionId, text } }, actor);
    return (await this.query.proposals(id, [proposalId]))[0];
  }

  async resolveObjection(
    id: string,
    proposalId: string,
    objectionId: string,
    dto: { outcome: 'dismissed' | 'upheld'; reason: string },
    actor: Actor,
  ): Promise<ProposalView> {
    await this.writable(id, actor);
    await this.send(id, { type: 'ResolveObjection', data: { proposalId, objectionId, ...dto } }, actor);
    return (await this.query.proposals(id, [proposalId]))[0];
  }

  /** The council that votes is the body's on the day the vote opens. */
  async openVote(id: string, actor: Actor): Promise<ConsiderationDetail> {
    const row = await this.writable(id, actor);
    const own = row.bodyCode === row.organisationCode ? null : row.bodyCode;
    const council = await this.people.council(row.organisationCode, civilDateAt(new Date()), own);
    await this.send(id, { type: 'OpenVote', data: council }, actor);
    return this.get(id, actor);
  }

  async ballot(id: string, dto: BallotDto, actor: Actor): Promise<ConsiderationDetail> {
    await this.writable(id, actor);
    await this.send(
      id,
      { type: 'CastBallot', data: { choices: dto.choices, written: !!dto.written } },
      actor,
    );
    return this.get(id, actor);
  }

  async closeVote(id: string, actor: Actor): Promise<ConsiderationDetail> {
    await this.writable(id, actor);
    await this.send(id, { type: 'CloseVote', data: {} }, actor);
    return this.get(id, actor);
  }

  /**
   * The head in office signs one decision for a form: the workflow numbers it from the body's
   * register, lists every recipient ready that moment with the money of the rules in force today.
   */
  async sign(id: string, form: RewardForm, actor: Actor): Promise<ConsiderationDecisionView> {
    const row = await this.writable(id, actor);
    const signedOn = civilDateAt(new Date());
    const org = await this.units.unit(row.organisationCode);
    const rules = await this.rulesOf(org, signedOn);
    const holder = await this.people.signatory(actor.username, signedOn);
    const self = row.bodyCode !== row.organisationCode;
    await this.send(
      id,
      {
        type: 'Sign',
        data: {
          form,
          issuer: self ? row.bodyName : issuingBody(org),
          register: row.bodyCode,
          signer: holder?.fullName ?? (await this.people.displayName(actor.username)),
          ...(holder?.deputy ? { deputy: true } : {}),
          signedOn,
          suffix: self ? 'QĐ-CT' : org.level === 'commune' || org.level === 'province' ? 'QĐ-UBND' : 'QĐ',
          money: rules.money,
        },
      },
      actor,
    );
    const decisions = (await this.query.decisions(id)).filter((d) => d.form === form);
    return decisions[decisions.length - 1];
  }

  async decision(decisionId: string, actor: Actor): Promise<ConsiderationDecisionView> {
    const decision = await this.query.decision(decisionId);
    await this.readable(decision.considerationId, actor);
    return decision;
  }

  private async resolve(
    row: ConsiderationView,
    item: ProposalItemDto,
    index: number,
    labels: Map<string, string>,
    year: YearFacts,
  ): Promise<{
    proposalId: string;
    subject: ConsiderationSubject;
    form: RewardForm;
    achievement: string;
    facts: ProposalFacts;
  }> {
    const organisation = row.organisationCode;
    const field = `items.${index}.subject`;
    const s = item.subject;
    let subject: ConsiderationSubject;
    if (s.kind === 'individual') {
      const { person } = await this.people.person(s.personId!).catch(() => {
        throw new DomainError('NOT_FOUND', 'Không tìm thấy người được đề nghị', {
          field: `${field}.personId`,
        });
      });
      if (person.organisationCode !== organisation)
        throw new DomainError('NOT_FOUND', 'Người này không thuộc cơ quan', { field: `${field}.personId` });
      subject = {
        kind: 'individual',
        personId: person.id,
        name: person.fullName,
        position: person.position ?? '',
        unitCode: person.unitCode ?? organisation,
      };
    } else {
      const unit = await this.units.find(s.unitCode!);
      if (!unit || (await this.units.organisationOf(unit.id)) !== organisation || unit.id === organisation)
        throw new DomainError('NOT_FOUND', `Đơn vị ${s.unitCode} không thuộc cơ quan`, {
          field: `${field}.unitCode`,
        });
      subject =
        s.kind === 'collective'
          ? { kind: 'collective', unitCode: unit.id, name: unit.name }
          : { kind: 'household', head: s.head!.trim(), address: s.address!.trim(), unitCode: unit.id };
    }
    const key = subjectKey(subject);
    const restrictions = (await this.units.activeRestrictionsOf(subject.unitCode))
      .filter((r) =>
        subject.kind === 'individual'
          ? r.personName?.toLowerCase() === subject.name.toLowerCase()
          : subject.kind === 'collective' && r.personName === null,
      )
      .map((r) => ({ kind: r.kind, reason: r.reason }));
    // The titles ThiDua knows as forms are judged on; others stay in the record, unjudged.
    const titles = (year.titles.get(key) ?? []).flatMap((t) => {
      const form = formOfTitle(t.form);
      return form ? [{ year: t.year, form }] : [];
    });
    const rating = year.ratings.get(key);
    const facts: ProposalFacts = {
      ...(rating ? { rating } : {}),
      titles,
      initiatives: (subject.kind === 'individual' && year.initiatives.get(subject.personId)) || [],
      units: subject.unitCode === organisation ? [] : await this.query.path(subject.unitCode, labels),
      restrictions,
    };
    return {
      proposalId: nameUuid('proposal', row.id, key, item.form),
      subject,
      form: item.form,
      achievement: item.achievement.trim(),
      facts,
    };
  }

  private async selfAwardingBody(
    org: UnitView,
    unitCode: string,
    rules: RewardRuleSet,
  ): Promise<AwardingBody> {
    const unit = await this.units.find(unitCode);
    if (!unit || (await this.units.organisationOf(unitCode)) !== org.id)
      throw new DomainError('NOT_FOUND', `Đơn vị ${unitCode} không thuộc cơ quan`, { field: 'unitCode' });
    if (!rules.selfAwarding.unitKinds.includes(unit.kind))
      throw new DomainError(
        'FORM_NOT_ALLOWED',
        `${unit.name} không tự xét tặng danh hiệu cho người lao động; đợt bình xét do ${issuingBody(org)} tổ chức (${rules.selfAwarding.source})`,
        { field: 'unitCode' },
      );
    return {
      code: unit.id,
      name: unit.name,
      organisation: org.id,
      level: 'internal',
      unitKind: unit.kind,
      headTitle: rules.selfAwarding.headTitle,
    };
  }

  private async rulesOf(org: UnitView, on: string): Promise<RewardRuleSet> {
    return this.rules.inForce(
      jurisdictionOf({ jurisdiction: org.profile?.jurisdiction, issuer: issuingBody(org) }),
      on,
    );
  }

  private async organisationItself(code: string): Promise<UnitView> {
    if ((await this.units.organisationOf(code)) !== code)
      throw new DomainError('NOT_AN_ORGANISATION', `${code} không phải cơ quan, tổ chức bình xét thi đua`, {
        field: 'code',
      });
    return this.units.unit(code);
  }

  private async readable(id: string, actor: Actor): Promise<ConsiderationView> {
    const row = await this.query.consideration(id);
    await this.scope.check(actor, row.organisationCode, 'read');
    return row;
  }

  private async writable(id: string, actor: Actor): Promise<ConsiderationView> {
    const row = await this.query.consideration(id);
    await this.scope.check(actor, row.organisationCode, 'write');
    return row;
  }

  private send(id: string, command: Omit<ConsiderationCommand, 'actor'>, actor: Actor) {
    return this.gateway.send(considerationRoute, id, { ...command, actor } as ConsiderationCommand);
  }
}

const bodyOf = (org: UnitView): AwardingBody => ({
  code: org.id,
  name: issuingBody(org),
  organisation: org.id,
  level: org.level,
  headTitle:
    org.profile?.headTitle ?? (org.level === 'commune' || org.level === 'province' ? 'Chủ tịch' : 'Giám đốc'),
});

/** What the proposing screen shows of a form: whom it goes to and what it needs, with the source. */
function formChoice(rules: RewardRuleSet, form: RewardForm): FormChoice {
  const rule = rules.yearEnd[form]!;
  const parts = [
    rule.minRating && `xếp loại từ “${RATING_LABELS[rule.minRating]}” trở lên`,
    ...(rule.requires ?? []).map((r) =>
      r.years === 1
        ? `đạt ${REWARD_FORM_INFO[r.form].name} cùng năm`
        : `${r.years} năm liên tục ${REWARD_FORM_INFO[r.form].name}`,
    ),
    rule.initiative && 'có sáng kiến được công nhận',
    rule.cap && `không quá ${rule.cap.percent} % số ${REWARD_FORM_INFO[rule.cap.of].name}`,
    rule.unitKinds && `chỉ cho ${rule.unitKinds.join(', ').replace(/_/g, ' ')}`,
    rule.postingOnly && `công khai ${rule.postingOnly.workingDays} ngày làm việc, không qua Hội đồng`,
    rules.authority[form] === 'city_chairman' && 'trình Chủ tịch UBND thành phố',
  ].filter(Boolean);
  return {
    form,
    label: REWARD_FORM_INFO[form].label,
    subjects: REWARD_FORM_INFO[form].subjects,
    title: rule.title,
    conditions: parts.join('; '),
    source: rule.source,
  };
}
