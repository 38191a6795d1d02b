import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { RATINGS } from '@kernel';
import { DOSSIER_KINDS } from '@modules/nomination/nomination.forms';
import { REWARD_FORMS } from '@modules/plan/plan.definition';
import { type PublishedRuleSet } from '../rule-set.decider';
import { EachOf, IsCivilDate, Text } from '@platform/http/validators';

const Percent = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  Min(0)(target, key);
  Max(100)(target, key);
};
const WorkingDays = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(120)(target, key);
};
const Nested = (type: () => new () => object) => (target: object, key: string) => {
  IsOptional()(target, key);
  ValidateNested()(target, key);
  Type(type)(target, key);
};

/** A class with one optional property per reward form, each checked by `decorate`. */
function perForm(name: string, decorate: (target: object, key: string) => void): new () => object {
  const cls = { [name]: class {} }[name];
  for (const form of REWARD_FORMS) {
    IsOptional()(cls.prototype, form);
    decorate(cls.prototype, form);
  }
  return cls;
}

class ThresholdDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(100) percent: number;
  @ApiProperty({ description: 'true: more than percent; false: at least percent' })
  @IsBoolean()
  strict: boolean;
}
class QuotaDto {
  @ApiPropertyOptional() @Percent() collectivePercent?: number;
  @ApiPropertyOptional() @Percent() individualPercent?: number;
}
const Thresholds = perForm('ThresholdsDto', (t, k) => Nested(() => ThresholdDto)(t, k));
const Quotas = perForm('QuotasDto', (t, k) => Nested(() => QuotaDto)(t, k));
const Authorities = perForm('AuthoritiesDto', (t, k) => IsIn(['commune_chairman', 'city_chairman'])(t, k));
const Dossiers = perForm('DossiersDto', (t, k) => {
  IsArray()(t, k);
  ArrayMaxSize(10)(t, k);
  IsIn(DOSSIER_KINDS, { each: true })(t, k);
});

class CouncilRulesDto {
  @ApiPropertyOptional({ example: 66.67 }) @Percent() presentPercent?: number;
  @ApiPropertyOptional({ example: 80 }) @Percent() participationPercent?: number;
  @ApiPropertyOptional() @Nested(() => Thresholds) thresholds?: object;
}
class AppraisalRulesDto {
  @ApiPropertyOptional({ example: 5 }) @WorkingDays() incompleteReturnWorkingDays?: number;
  @ApiPropertyOptional({ example: 20 }) @WorkingDays() appraisalWorkingDays?: number;
}
class ScoringDto {
  @ApiPropertyOptional() @Percent() tasks?: number;
  @ApiPropertyOptional() @Percent() reports?: number;
  @ApiPropertyOptional() @Percent() indicators?: number;
  @ApiPropertyOptional() @Percent() initiativeBonus?: number;
  @ApiPropertyOptional() @Percent() initiativeBonusMax?: number;
}

class RequirementDto {
  @ApiProperty({ enum: REWARD_FORMS }) @IsIn(REWARD_FORMS) form: string;
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(10) years: number;
}
class CapDto {
  @ApiProperty({ enum: REWARD_FORMS }) @IsIn(REWARD_FORMS) of: string;
  @ApiProperty({ example: 15 }) @IsNumber() @Min(0) @Max(100) percent: number;
}
class PostingOnlyDto {
  @ApiProperty({ example: 5 }) @IsInt() @Min(0) @Max(120) workingDays: number;
}
/** One form's conditions in the yearly consideration (replaces the default's for that form). */
class YearEndRuleDto {
  @ApiProperty({ description: 'a yearly title, proposed in the yearly consideration only' })
  @IsBoolean()
  title: boolean;
  @ApiPropertyOptional({ enum: RATINGS }) @IsOptional() @IsIn(RATINGS) minRating?: string;
  @ApiPropertyOptional({ type: [RequirementDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @EachOf(RequirementDto)
  requires?: RequirementDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() initiative?: boolean;
  @ApiPropertyOptional({ type: CapDto }) @Nested(() => CapDto) cap?: CapDto;
  @ApiPropertyOptional({ type: [String], example: ['thon', 'to_dan_pho'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z0-9_]{0,31}$/, { each: true })
  unitKinds?: string[];
  @ApiPropertyOptional({ type: PostingOnlyDto }) @Nested(() => PostingOnlyDto) postingOnly?: PostingOnlyDto;
  @ApiProperty({ example: 'Quy chế thi đua, khen thưởng của thành phố' }) @Text(1000) source: string;
}
const YearEnd = perForm('YearEndRulesDto', (t, k) => Nested(() => YearEndRuleDto)(t, k));

class CoefficientsDto {
  @ApiPropertyOptional({ example: 0.3 }) @IsOptional() @IsNumber() @Min(0) @Max(100) individual?: number;
  @ApiPropertyOptional({ example: 0.6 }) @IsOptional() @IsNumber() @Min(0) @Max(100) collective?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(100) household?: number;
}
const Coefficients = perForm('CoefficientsDto', (t, k) => Nested(() => CoefficientsDto)(t, k));
class BaseSalaryDto {
  @ApiProperty({ example: '2024-07-01' }) @IsCivilDate() from: string;
  @ApiProperty({ example: 2340000 }) @IsInt() @Min(0) amount: number;
  @ApiProperty({ example: 'Nghị định 73/2024/NĐ-CP' }) @Text(300) source: string;
}
class MoneyDto {
  @ApiPropertyOptional({ description: 'per form: coefficient of the base salary per kind of recipient' })
  @Nested(() => Coefficients)
  coefficients?: object;
  @ApiPropertyOptional({ example: 10000 }) @IsOptional() @IsInt() @Min(1) roundUpTo?: number;
  @ApiPropertyOptional({ type: [BaseSalaryDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @EachOf(BaseSalaryDto)
  baseSalaries?: BaseSalaryDto[];
  @ApiPropertyOptional() @IsOptional() @Text(1000) source?: string;
}

/** A rule-set version: what it names overrides the national default from its effective date. */
export class RuleSetDto {
  @ApiProperty({ example: 'VN-HP' }) @Matches(/^[A-Z0-9][A-Z0-9_-]{1,40}$/) jurisdiction: string;
  @ApiProperty({ example: '2026-01-01' }) @IsCivilDate() effectiveFrom: string;
  @ApiProperty({ example: 'Quy chế TĐKT thành phố Hải Phòng' }) @Text(300) name: string;
  @ApiPropertyOptional() @IsOptional() @Text(1000) source?: string;
  @ApiPropertyOptional({ type: CouncilRulesDto }) @Nested(() => CouncilRulesDto) council?: CouncilRulesDto;
  @ApiPropertyOptional({ type: AppraisalRulesDto })
  @Nested(() => AppraisalRulesDto)
  appraisal?: AppraisalRulesDto;
  @ApiPropertyOptional({ example: 7 }) @WorkingDays() postingWorkingDays?: number;
  @ApiPropertyOptional() @Nested(() => Quotas) quotas?: object;
  @ApiPropertyOptional() @Nested(() => Authorities) authority?: object;
  @ApiPropertyOptional() @Nested(() => Dossiers) dossier?: object;
  @ApiPropertyOptional({ type: ScoringDto }) @Nested(() => ScoringDto) scoring?: ScoringDto;
  @ApiPropertyOptional({ description: 'per form: its conditions in the yearly consideration' })
  @Nested(() => YearEnd)
  yearEnd?: object;
  @ApiPropertyOptional({ type: MoneyDto }) @Nested(() => MoneyDto) money?: MoneyDto;
}

export const toPublished = (dto: RuleSetDto): PublishedRuleSet =>
  JSON.parse(JSON.stringify(dto)) as PublishedRuleSet;
