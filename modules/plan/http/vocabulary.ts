import { ApiProperty } from '@nestjs/swagger';
import { DOSSIER_KINDS, DOSSIER_LABELS, REWARD_FORM_INFO } from '@modules/nomination/nomination.forms';
import type { UnitKindDefinition } from '@modules/unit-directory/unit-kinds';
import { REVIEW_TYPE_LABELS } from '../plan.reviews';
import { PERIOD_REGIME_LABELS, PERIOD_REGIMES } from '@kernel';
import { COMPARATORS, INDICATOR_KINDS, REVIEW_KINDS, REWARD_OCCASIONS } from '../plan.definition';
import { INDICATOR_KIND_LABELS } from '../plan.labels';

export class Choice {
  @ApiProperty() value: string;
  @ApiProperty() label: string;
}

/** The values a plan's fields take, each with its Vietnamese name: the editor shows these, never codes. */
export class PlanVocabulary {
  @ApiProperty({ type: [Choice] }) unitKinds: Choice[];
  @ApiProperty({ type: [Choice] }) reviewKinds: Choice[];
  @ApiProperty({ type: [Choice] }) comparators: Choice[];
  @ApiProperty({ type: [Choice] }) indicatorKinds: Choice[];
  @ApiProperty({ type: [Choice] }) periodRegimes: Choice[];
  @ApiProperty({ type: [Choice] }) rewardOccasions: Choice[];
  @ApiProperty({ type: [Choice] }) rewardForms: Choice[];
  @ApiProperty({ type: [Choice] }) dossierKinds: Choice[];
}

const COMPARATOR_LABELS: Record<(typeof COMPARATORS)[number], string> = {
  '>=': 'Đạt từ (≥)',
  '>': 'Trên (>)',
  '=': 'Bằng (=)',
};

const choices = <T extends string>(values: readonly T[], label: (value: T) => string): Choice[] =>
  values.map((value) => ({ value, label: label(value) }));

/** `kinds`: the unit directory's catalogue, which admins extend. */
export const planVocabulary = (kinds: UnitKindDefinition[]): PlanVocabulary => ({
  unitKinds: kinds.map((k) => ({ value: k.code, label: k.label })),
  reviewKinds: choices(REVIEW_KINDS, (k) => REVIEW_TYPE_LABELS[k]),
  comparators: choices(COMPARATORS, (c) => COMPARATOR_LABELS[c]),
  indicatorKinds: choices(INDICATOR_KINDS, (k) => INDICATOR_KIND_LABELS[k]),
  periodRegimes: choices(PERIOD_REGIMES, (r) => PERIOD_REGIME_LABELS[r]),
  rewardOccasions: choices(REWARD_OCCASIONS, (o) => REVIEW_TYPE_LABELS[o]),
  dossierKinds: choices(DOSSIER_KINDS, (k) => DOSSIER_LABELS[k]),
  rewardForms: choices(
    Object.keys(REWARD_FORM_INFO) as Array<keyof typeof REWARD_FORM_INFO>,
    (f) => REWARD_FORM_INFO[f].label,
  ),
});
