import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@kernel';

/** The signed-in person as the header shows them. */
export class MeDto {
  @ApiProperty({ example: 'ttvh' }) username: string;
  @ApiProperty({ example: 'Trung tâm Văn hóa, Thể thao – Truyền thông' }) displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ example: 'Đơn vị' }) roleLabel: string;
  @ApiPropertyOptional({ type: String, example: 'TTVH', nullable: true }) unitCode: string | null;
  @ApiPropertyOptional({
    type: String,
    example: 'Trung tâm Văn hóa, Thể thao – Truyền thông',
    nullable: true,
  })
  unitName: string | null;
  @ApiPropertyOptional({ type: String, example: 'XA-KIM-THANH', nullable: true })
  organisationCode: string | null;
  @ApiPropertyOptional({ type: String, example: 'Xã Kim Thành', nullable: true })
  organisationName: string | null;
  @ApiProperty() mustChangePassword: boolean;
}
