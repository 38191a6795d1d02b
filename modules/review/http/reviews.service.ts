import { Injectable } from '@nestjs/common';
import { civilDateAt, type Actor } from '@kernel';
import { AssignmentQuery } from '@modules/assignment/assignment.query';
import type { PlanView } from '@modules/plan/plan.entity';
import { PlanQuery } from '@modules/plan/plan.query';
import type { ReviewTarget } from '@modules/plan/plan.reviews';
import { planRoute } from '@modules/plan/plan.route';
import { ReportingQuery } from '@modules/reporting/reporting.query';
import { jurisdictionOf } from '@modules/rule-set/rule-set.policy';
import { RuleSetQuery } from '@modules/rule-set/rule-set.query';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { nameUuid } from '@platform/ids';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import { latestValues, reviewFacts } from '../review.facts';
import { reviewProjection, type ReviewView } from '../review.projection';
import { ReviewQuery } from '../review.query';
import { scoreUnits, type UnitScore } from '../review.scoring';
import { planOverview, type PlanOverview } from '@modules/assignment/plan-overview';
import type { ReviewReply } from './review.reply';

/** Reviews live in their plan's stream: commands go to the plan; scores come from every module's facts. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly reviews: ReviewQuery,
    private readonly plans: PlanQuery,
    private readonly rules: RuleSetQuery,
    private readonly assignments: AssignmentQuery,
    private readonly reports: ReportingQuery,
    private readonly units: UnitDirectoryQuery,
  ) {}

  /** A review on the owner's request: a phase's, ahead of its end, or a year's. */
  async open(planId: string, target: ReviewTarget, actor: Actor): Promise<ReviewReply> {
    await this.plans.plan(planId);
    const key = 'phaseCode' in target ? `phase:${target.phaseCode}` : `year:${target.year}`;
    const reviewId = nameUuid('review', planId, key);
    const result = await this.gateway.send(planRoute, planId, {
      type: 'OpenReview',
      data: { reviewId, target },
      actor,
    });
    // A phase's review opened by the agenda before has its own id: the plan's answer names it.
    const [opened] = rowsOf<ReviewView>(result, reviewProjection);
    return this.get(opened?.id ?? (await this.reviews.reviewFor(planId, target)).id);
  }

  list(planId: string): Promise<ReviewView[]> {
    return this.reviews.reviewsOf(planId);
  }

  /** An open review shows scores computed now; a closed one the scores it was closed with. */
  async get(reviewId: string): Promise<ReviewReply> {
    const review = await this.reviews.review(reviewId);
    if (review.scores) return { ...review, scores: review.scores, live: false };
    return { ...review, scores: await this.score(review), live: true };
  }

  async remark(reviewId: string, text: string, actor: Actor): Promise<ReviewReply> {
    const review = await this.reviews.review(reviewId);
    await this.gateway.send(planRoute, review.planId, {
      type: 'AddReviewRemark',
      data: { reviewId, text },
      actor,
    });
    return this.get(reviewId);
  }

  /** Fixes the scores as they stand: later events no longer change this review. */
  async close(reviewId: string, actor: Actor): Promise<ReviewReply> {
    const review = await this.reviews.review(reviewId);
    if (review.status === 'open') {
      const scores = await this.score(review);
      await this.gateway.send(planRoute, review.planId, {
        type: 'CloseReview',
        data: { reviewId, scores },
        actor,
      });
    }
    return this.get(reviewId);
  }

  /** Where the plan stands today: the same facts a review scores, from the plan's start to now. */
  async overview(planId: string): Promise<PlanOverview> {
    const plan = await this.plans.plan(planId);
    const today = civilDateAt(new Date());
    const { facts, assignments, values } = await this.facts(plan, {
      from: plan.definition.startsOn,
      to: today,
    });
    return planOverview(facts, assignments, values, plan.definition, today);
  }

  private async score(review: ReviewView): Promise<UnitScore[]> {
    const plan = await this.plans.plan(review.planId);
    const [rules, { facts }] = await Promise.all([
      this.rules.inForce(jurisdictionOf(plan.definition), civilDateAt(new Date())),
      this.facts(plan, { from: review.periodFrom, to: review.periodTo }),
    ]);
    return scoreUnits(facts, rules.scoring, review.periodTo);
  }

  /** The plan is read once by the caller and passed in: scoring and the overview both need it. */
  private async facts(plan: PlanView, span: { from: string; to: string }) {
    const planId = plan.id;
    const [assignments, units, reports, values, initiatives] = await Promise.all([
      this.assignments.planRows(planId),
      this.units.all(),
      this.reports.timelinessDueBetween(planId, span, new Date()),
      this.assignments.indicatorValues({ planId }),
      this.assignments.initiativesBetween(planId, span),
    ]);
    const records = { assignments, units, reports, values, initiatives, figures: this.assignments.figures };
    return {
      facts: reviewFacts(records, plan.definition, span),
      assignments,
      values: latestValues(values, span),
    };
  }
}
