import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { AuditQuery } from '../audit.query';
import { AuditController } from './audit.controller';

@Module({ imports: [PlansModule], controllers: [AuditController], providers: [AuditQuery] })
export class AuditModule {}
