import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'owner' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class TokenDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() tokenType: 'Bearer';
  @ApiProperty() expiresIn: number;
  @ApiProperty() role: string;
  @ApiProperty({ type: String, required: false, nullable: true }) unitCode: string | null;
  @ApiProperty({
    description: 'a first or reset password: change it (POST /auth/password) before anything else',
  })
  mustChangePassword: boolean;
}
