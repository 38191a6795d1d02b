import { UNIT_KIND_CODE_PATTERN } from '@modules/unit-directory/unit-kinds';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COMPARATORS,
  REVIEW_KINDS,
  REWARD_FORMS,
  REWARD_OCCASIONS,
  type Comparator,
  type CoordinatingGroup,
  type Indicator,
  INDICATOR_KINDS,
  type IndicatorItem,
  type IndicatorKind,
  type Phase,
  type PlanBasis,
  type PlanDefinition,
  type ReportingRegime,
  type ReviewKind,
  type RewardForm,
  type RewardOccasion,
  type RewardRule,
  type TaskDefinition,
  type TaskGroup,
  type UnitKind,
} from '../plan.definition';
import { CODE, EachOf, IsCivilDate, Text } from '@platform/http/validators';
import { PERIOD_REGIMES, type PeriodRegime } from '@kernel';

/** A list of nested DTOs, each validated, at most `max` long. */
const NestedList = (type: new () => object, max: number) =>
  applyDecorators(ApiProperty({ type: [type] }), IsArray(), ArrayMaxSize(max), EachOf(type));

export class BasisDto implements PlanBasis {
  @ApiProperty({ format: 'uuid', description: "The higher level's plan this one carries out" })
  @IsUUID()
  planId: string;
  @ApiPropertyOptional({ example: 'II.3', description: 'The task of that plan it answers' })
  @IsOptional()
  @Matches(CODE)
  taskCode?: string;
}

export class PhaseDto implements Phase {
  @ApiProperty({ example: 'GD1' }) @Matches(CODE) code: string;
  @ApiProperty() @Text(200) name: string;
  @ApiProperty({ example: '2025-09-05' }) @IsCivilDate() startsOn: string;
  @ApiProperty({ example: '2027-06-30' }) @IsCivilDate() endsOn: string;
  @ApiProperty({ enum: REVIEW_KINDS }) @IsIn(REVIEW_KINDS) review: ReviewKind;
}

export class IndicatorItemDto implements IndicatorItem {
  @ApiProperty({ example: 'TC1' }) @Matches(CODE) code: string;
  @ApiProperty({ example: 'Có điểm truy cập Internet công cộng' }) @Text(500) name: string;
}

export class IndicatorDto implements Indicator {
  @ApiProperty({ example: 'CT01' }) @Matches(CODE) code: string;
  @ApiProperty() @Text(500) name: string;
  @ApiPropertyOptional({ enum: INDICATOR_KINDS, description: 'ratio when absent' })
  @IsOptional()
  @IsIn(INDICATOR_KINDS)
  kind?: IndicatorKind;
  @ApiPropertyOptional({ enum: COMPARATORS }) @IsOptional() @IsIn(COMPARATORS) comparator?: Comparator;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'ratio, breakdown share, checklist share' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  targetPercent?: number;
  @ApiPropertyOptional({ description: 'count or money: the target value' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  target?: number;
  @ApiPropertyOptional({ example: 'lớp' }) @IsOptional() @Text(50) measureUnit?: string;
  @ApiPropertyOptional({ example: 'CT01', description: 'a ratio over the same whole as this one' })
  @IsOptional()
  @Matches(CODE)
  sharesDenominatorWith?: string;
  @ApiPropertyOptional({ type: [IndicatorItemDto], description: 'checklist: its criteria' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @EachOf(IndicatorItemDto)
  criteria?: IndicatorItemDto[];
  @ApiPropertyOptional({ type: [IndicatorItemDto], description: 'breakdown: parts that add up to the total' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @EachOf(IndicatorItemDto)
  parts?: IndicatorItemDto[];
  @ApiPropertyOptional({ description: 'breakdown: the part whose share targetPercent judges' })
  @IsOptional()
  @Matches(CODE)
  targetPart?: string;
  @ApiProperty({ type: [String], example: ['thon', 'thi_tu'], description: 'kinds from GET /unit-kinds' })
  @IsArray()
  @ArrayMinSize(1)
  @Matches(UNIT_KIND_CODE_PATTERN, {
    each: true,
    message: 'unitKinds phải gồm các mã loại đơn vị (GET /unit-kinds)',
  })
  unitKinds: UnitKind[];
}

export class RewardRuleDto implements RewardRule {
  @ApiProperty({ enum: REWARD_OCCASIONS }) @IsIn(REWARD_OCCASIONS) occasion: RewardOccasion;
  @ApiProperty({ enum: REWARD_FORMS }) @IsIn(REWARD_FORMS) form: RewardForm;
  @ApiProperty() @Text(200) awardedBy: string;
}

export class CoordinatingGroupDto implements CoordinatingGroup {
  @ApiProperty({ example: 'các xã, phường' }) @Text(200) label: string;
  @ApiProperty({ type: [String], example: ['xa', 'phuong'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(UNIT_KIND_CODE_PATTERN, {
    each: true,
    message: 'kinds phải gồm các mã loại đơn vị (GET /unit-kinds)',
  })
  kinds: UnitKind[];
}

export class TaskDto implements TaskDefinition {
  @ApiProperty({ example: 'I.1' }) @Matches(CODE) code: string;
  @ApiProperty() @Text(1000) title: string;
  @ApiProperty({ example: 'TTVH' })
  @Matches(CODE, { message: 'leadUnit phải là mã đơn vị' })
  leadUnit: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(CODE, { each: true })
  coordinatingUnits: string[];
  @ApiPropertyOptional({
    type: [CoordinatingGroupDto],
    description: 'Coordinating parties named as a group, resolved to units at launch',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @EachOf(CoordinatingGroupDto)
  coordinatingGroups?: CoordinatingGroupDto[];
  @ApiPropertyOptional() @IsOptional() @IsCivilDate() dueOn?: string;
  @ApiProperty() @IsBoolean() recurringYearly: boolean;
}

export class TaskGroupDto implements TaskGroup {
  @ApiProperty({ example: 'I' }) @Matches(CODE) code: string;
  @ApiProperty() @Text(500) title: string;
  @NestedList(TaskDto, 500)
  tasks: TaskDto[];
}

export class AnnualDueDto {
  @ApiProperty() @IsInt() @Min(1) @Max(31) day: number;
  @ApiProperty() @IsInt() @Min(1) @Max(12) month: number;
}

/** "Before day D" of a periodic report's month (see ReportingRegime); absent: no such report. */
const DueBeforeDay = (example: number) =>
  applyDecorators(ApiPropertyOptional({ example }), IsOptional(), IsInt(), Min(1), Max(31));

export class ReportingDto implements ReportingRegime {
  @ApiPropertyOptional({
    enum: PERIOD_REGIMES,
    description: 'Periods on calendar months, or from the 15th to the 14th (Nghị định 09/2019; the default)',
  })
  @IsOptional()
  @IsIn(PERIOD_REGIMES)
  periods?: PeriodRegime;
  @DueBeforeDay(16) monthlyDueBeforeDay?: number;
  @DueBeforeDay(15) quarterlyDueBeforeDay?: number;
  @DueBeforeDay(15) halfYearDueBeforeDay?: number;
  @DueBeforeDay(15) nineMonthsDueBeforeDay?: number;
  @ApiPropertyOptional({ type: AnnualDueDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AnnualDueDto)
  annualDueBefore?: AnnualDueDto;
  @ApiProperty({ type: [Number], example: [7, 1] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  @Min(0, { each: true })
  @Max(90, { each: true })
  remindDaysBefore: number[];
}

export class PlanDto implements PlanDefinition {
  @ApiProperty({ example: '863/KH-UBND' }) @Text(50) number: string;
  @ApiPropertyOptional({
    example: 'VN-HP',
    description: 'Whose reward rule set applies (national default: VN)',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,40}$/)
  jurisdiction?: string;
  @ApiPropertyOptional({ type: BasisDto, description: 'Căn cứ: the higher plan carried out' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BasisDto)
  basis?: BasisDto;
  @ApiProperty({ example: 'Ủy ban nhân dân xã Kim Thành' }) @Text(300) issuer: string;
  @ApiProperty({ example: '2025-09-05' }) @IsCivilDate() issuedOn: string;
  @ApiProperty() @Text(200) signer: string;
  @ApiProperty() @Text(2000) title: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  legalBasis: string[];
  @ApiProperty({ example: 'VHXH' }) @Matches(CODE) standingUnit: string;
  @ApiProperty() @IsCivilDate() startsOn: string;
  @ApiProperty() @IsCivilDate() endsOn: string;
  @NestedList(PhaseDto, 20)
  phases: PhaseDto[];
  @NestedList(IndicatorDto, 200)
  indicators: IndicatorDto[];
  @NestedList(RewardRuleDto, 50)
  rewards: RewardRuleDto[];
  @NestedList(TaskGroupDto, 100)
  taskGroups: TaskGroupDto[];
  @ApiProperty({ type: ReportingDto })
  @IsObject() // ValidateNested alone lets a missing object through
  @ValidateNested()
  @Type(() => ReportingDto)
  reporting: ReportingDto;
}
