import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Text } from '@platform/http/validators';

export class OpenReviewDto {
  @ApiPropertyOptional({ example: 'GD1', description: 'A phase, reviewed ahead of its end' })
  @ValidateIf((o: OpenReviewDto) => o.year === undefined)
  @IsString()
  @MaxLength(32)
  phaseCode?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Or a year, for an annual review' })
  @ValidateIf((o: OpenReviewDto) => o.phaseCode === undefined)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class RemarkDto {
  @ApiProperty({ example: 'Đơn vị cần đẩy mạnh tuyên truyền ở các thôn' }) @Text(5000) text: string;
}
