import { Module } from '@nestjs/common';
import { PlansModule } from '@modules/plan/http/plans.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { AuditQuery } from '../audit.query';
import { AuditController } from './audit.controller';

@Module({ imports: [PlansModule, UnitsModule], controllers: [AuditController], providers: [AuditQuery] })
export class AuditModule {}
