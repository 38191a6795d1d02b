import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Text } from '@platform/http/validators';

export class RestrictionDto {
  @ApiPropertyOptional({
    example: 'Nguyễn Văn A',
    description: 'A person of the unit; absent: the unit itself',
  })
  @IsOptional()
  @Text(200)
  personName?: string;
  @ApiProperty({ enum: ['discipline', 'inspection', 'complaint'] })
  @IsIn(['discipline', 'inspection', 'complaint'])
  kind: 'discipline' | 'inspection' | 'complaint';
  @ApiProperty() @Text(2000) reason: string;
}

export class LiftDto {
  @ApiProperty({ example: 'Đã có kết luận giải quyết khiếu nại' }) @Text(2000) reason: string;
}
