import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { NOMINATION_STATUS_LABELS } from '../nomination.decider';
import { REWARD_FORM_INFO } from '../nomination.forms';
import { type Actor } from '@kernel';
import type { NominationView } from '../nomination.projection';
import { NominationQuery } from '../nomination.query';
import { ReportingQuery } from '@modules/reporting/reporting.query';
import { ConsiderationQuery } from '@modules/consideration/consideration.query';
import { ReviewQuery } from '@modules/review/review.query';
import { CurrentActors } from '@platform/http/auth.decorators';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';

const INBOX_KINDS = [
  'vote',
  'close_vote',
  'appraisal',
  'appraisal_overdue',
  'objection',
  'quota',
  'decision',
  'resubmit',
  'review',
  'report',
  'document',
] as const;

/** Something that awaits the caller's action. */
export class InboxItem {
  @ApiProperty({ enum: INBOX_KINDS }) kind: (typeof INBOX_KINDS)[number];
  @ApiProperty() title: string;
  @ApiProperty({ type: String, format: 'date-time' }) since: Date;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty({ example: '/nominations/…' }) link: string;
}

/** What awaits the caller's action, oldest first, with due dates: one list per role. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class InboxController {
  constructor(
    private readonly nominations: NominationQuery,
    private readonly reviews: ReviewQuery,
    private readonly reports: ReportingQuery,
    private readonly scope: OrganisationScope,
    private readonly considerations: ConsiderationQuery,
  ) {}

  /** What awaits the caller in every role it holds today, each item once, oldest first. */
  @Get('inbox')
  @ApiOkResponse({ type: [InboxItem] })
  async inbox(@CurrentActors() actors: Actor[]): Promise<InboxItem[]> {
    const items = new Map<string, InboxItem>();
    for (const actor of actors)
      for (const item of await this.awaiting(actor)) items.set(`${item.kind} ${item.link}`, item);
    return [...items.values()].sort((a, b) => new Date(a.since).getTime() - new Date(b.since).getTime());
  }

  private async awaiting(actor: Actor): Promise<InboxItem[]> {
    // What awaits action is the actor's own organisation's work, never a subtree's.
    const own = this.scope.own(actor);
    const nominations = {
      inStatus: (...statuses: NominationView['status'][]) => this.nominations.inStatus(own, ...statuses),
    };
    const label = (n: NominationView) =>
      `${REWARD_FORM_INFO[n.form].label} – ${n.state.subject.name} (${NOMINATION_STATUS_LABELS[n.status]})`;
    const item = (kind: InboxItem['kind'], n: NominationView, dueOn: string | null = null): InboxItem => ({
      kind,
      title: label(n),
      since: n.statusSince,
      dueOn,
      link: `/nominations/${n.id}`,
    });
    const items: InboxItem[] = [];
    if (actor.role === 'council')
      for (const c of await this.considerations.inStatus(own, 'voting')) {
        if (!c.members.includes(actor.username)) continue;
        const voted = !!c.ballots[actor.username];
        if (!voted || c.chair === actor.username)
          items.push({
            kind: voted ? 'close_vote' : 'vote',
            title: `Bình xét thi đua năm ${c.year} – ${c.bodyName}: ${c.voting.length} người, tập thể`,
            since: c.votingSince ?? new Date(c.openedOn),
            dueOn: null,
            link: `/considerations/${c.id}`,
          });
      }
    if (actor.role === 'council') {
      for (const n of await nominations.inStatus('voting')) {
        if (!n.state.members.includes(actor.username)) continue;
        if (!n.state.ballots.some((b) => b.member === actor.username)) items.push(item('vote', n));
        else if (n.state.chair === actor.username) items.push(item('close_vote', n));
      }
    }
    if (actor.role === 'standing' || actor.role === 'admin') {
      for (const n of await nominations.inStatus('appraisal', 'suspended', 'awaiting_quota'))
        items.push(
          n.status === 'appraisal'
            ? item('appraisal', n, n.state.appraisalDueOn ?? null)
            : item(n.status === 'suspended' ? 'objection' : 'quota', n),
        );
      for (const r of await this.reviews.open(own))
        items.push({
          kind: 'review',
          title: r.title,
          since: r.openedAt,
          dueOn: null,
          link: `/reviews/${r.id}`,
        });
    }
    // An appraisal past its working-day SLA is escalated to the plan's owner.
    if (actor.role === 'owner' || actor.role === 'admin') {
      for (const n of await nominations.inStatus('appraisal'))
        if (n.state.escalated) items.push(item('appraisal_overdue', n, n.state.appraisalDueOn ?? null));
    }
    if (actor.role === 'chairman') {
      // One item per consideration, naming every form that awaits a decision. A company's
      // decisions are its director's (the chairman's role held for that unit).
      const ready = (await this.considerations.readyToSign(own)).filter(
        (r) => (r.bodyCode === actor.organisation ? undefined : r.bodyCode) === actor.unitCode,
      );
      for (const considerationId of new Set(ready.map((r) => r.considerationId))) {
        const forms = ready.filter((r) => r.considerationId === considerationId);
        items.push({
          kind: 'decision',
          title: `Bình xét thi đua năm ${forms[0].year}, chờ ký quyết định: ${forms
            .map((r) => `${REWARD_FORM_INFO[r.form].name} (${r.count})`)
            .join(', ')}`,
          since: forms.reduce((a, r) => (r.since > a ? r.since : a), forms[0].since),
          dueOn: null,
          link: `/considerations/${considerationId}`,
        });
      }
      for (const n of await nominations.inStatus('awaiting_decision'))
        items.push(item('decision', n, n.state.posting?.until ?? null));
      for (const d of await this.reports.drafts(own))
        items.push({
          kind: 'document',
          title: `${d.form === 'cong_van' ? 'Công văn' : 'Báo cáo'}: ${d.subject}`,
          since: d.updatedAt,
          dueOn: d.documentDate,
          link: `/report-documents/${d.id}`,
        });
    }
    if (actor.unitCode && (actor.role === 'unit' || actor.role === 'standing')) {
      for (const n of await nominations.inStatus('draft', 'returned')) {
        if (n.state.proposedBy !== actor.unitCode) continue;
        const returned = [...n.steps].reverse().find((s) => s.type === 'NominationReturned');
        items.push(
          item(
            'resubmit',
            n,
            (returned?.data as { resubmitDueOn?: string } | undefined)?.resubmitDueOn ?? null,
          ),
        );
      }
      for (const r of await this.reports.unansweredBy(actor.unitCode))
        items.push({
          kind: 'report',
          title: r.subject,
          since: r.requestedAt,
          dueOn: r.dueOn,
          link: `/report-requests/${r.id}`,
        });
    }
    return items;
  }
}
