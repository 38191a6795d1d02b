import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { AuditController } from './audit.controller';

@Module({ imports: [PlansModule], controllers: [AuditController] })
export class AuditModule {}
