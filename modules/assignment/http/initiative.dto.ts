import { ApiProperty } from '@nestjs/swagger';
import { IsCivilDate, Text } from '@platform/http/validators';

export class InitiativeDto {
  @ApiProperty({ example: 'Ứng dụng mã QR tra cứu thủ tục hành chính tại thôn' }) @Text(500) title: string;
  @ApiProperty({ example: 'Trần Văn Bình' }) @Text(200) author: string;
  @ApiProperty({ example: '2026-10-10' }) @IsCivilDate() recognizedOn: string;
  @ApiProperty() @Text(5000) description: string;
}
