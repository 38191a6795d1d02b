import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { CODE, EachOf, IsCivilDate, Text } from '@platform/http/validators';
import { DOCUMENT_FORMS, type DocumentForm, type DocumentSection } from '../report-document.decider';

export class DocumentSectionDto implements DocumentSection {
  @ApiProperty({ example: 'ket_qua' }) @Matches(CODE) code: string;
  @ApiProperty({ example: 'Kết quả thực hiện' }) @Text(300) title: string;
  @ApiProperty({ example: 'Trong 6 tháng đầu năm, Sở đã triển khai…' })
  @IsString()
  @MaxLength(50_000)
  text: string;
}

/** A document the standing agency drafts: a report (Báo cáo) or an official letter (Công văn). */
export class DocumentDraftDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The report request it answers (cited, and answered once issued)',
  })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiProperty({ enum: DOCUMENT_FORMS }) @IsIn(DOCUMENT_FORMS) form: DocumentForm;

  @ApiPropertyOptional({
    example: 'BC-SKHCN',
    description:
      'The symbol after the number (BC-<organisation> for a report, <organisation>-<office> for a công văn when absent)',
  })
  @IsOptional()
  @Matches(/^[\p{Lu}0-9&]+(-[\p{Lu}0-9&]+)*$/u, {
    message: 'symbol gồm chữ in hoa, chữ số, “&” và “-”, ví dụ BC-UBND',
  })
  @MaxLength(40)
  symbol?: string;

  @ApiProperty({ example: 'Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026' }) @Text(500) subject: string;

  @ApiProperty({ type: [String], example: ['Ủy ban nhân dân thành phố Hải Phòng'], description: 'Kính gửi' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  recipients: string[];

  @ApiProperty({
    type: [String],
    example: ['Giám đốc Sở'],
    description: 'Nơi nhận besides the addressees and the archive',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  copies: string[];

  @ApiProperty({ example: '2026-06-12', description: 'The date written on the document' })
  @IsCivilDate()
  documentDate: string;

  @ApiProperty({ type: [DocumentSectionDto], description: 'The prose heading the document, by section' })
  @IsArray()
  @ArrayMaxSize(20)
  @EachOf(DocumentSectionDto)
  sections: DocumentSectionDto[];
}

export class IssueDto {
  @ApiPropertyOptional({ example: '2026-06-12', description: 'The day it is issued (today when absent)' })
  @IsOptional()
  @IsCivilDate()
  issuedOn?: string;

  @ApiPropertyOptional({ description: 'A deputy acting as head signs “Q.”' })
  @IsOptional()
  @IsBoolean()
  acting?: boolean;
}

export class VerifyUploadDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file: unknown;
}

class PreviewSection {
  @ApiProperty() title: string;
  @ApiProperty() text: string;
}

/** A document part by part, as it will print: for a preview on screen. */
export class DocumentPreview {
  @ApiProperty({ type: String, nullable: true, example: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG' })
  governingBody: string | null;
  @ApiProperty({ example: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' }) issuingBody: string;
  @ApiProperty({ example: 'Số: … /SKHCN-VPS' }) numberLine: string;
  @ApiProperty({ example: 'Hải Phòng, ngày 12 tháng 6 năm 2026' }) placeDate: string;
  @ApiProperty({ type: String, nullable: true, example: 'BÁO CÁO' }) kind: string | null;
  @ApiProperty() subject: string;
  @ApiProperty({ type: String, nullable: true, example: 'V/v báo cáo kết quả …' }) regarding: string | null;
  @ApiProperty({ type: [String], description: 'Kính gửi' }) recipients: string[];
  @ApiProperty({ type: String, nullable: true }) opening: string | null;
  @ApiProperty({ type: [PreviewSection] }) sections: PreviewSection[];
  @ApiProperty({ type: [String], description: 'The figures in sentences' }) summary: string[];
  @ApiProperty({ type: [String], example: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] }) signatureLines: string[];
  @ApiProperty({ type: String, nullable: true }) signerName: string | null;
  @ApiProperty({ type: [String], description: 'Nơi nhận' }) copies: string[];
  @ApiProperty({ type: [String], description: 'Appendix titles' }) appendices: string[];
}
