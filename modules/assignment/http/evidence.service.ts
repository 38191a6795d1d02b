import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { evidenceIdFor } from '@platform/ids';
import { DomainError, type Actor } from '@kernel';
import { EvidenceView } from '../evidence.projection';
import { readBlob, storeUpload, type Upload } from '@platform/http/uploads';
import { AssignmentsService } from './assignments.service';

@Injectable()
export class EvidenceService {
  constructor(
    private readonly assignments: AssignmentsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async attach(taskId: string, file: Upload | undefined, actor: Actor): Promise<EvidenceView> {
    const assignment = await this.assignments.ownAssignment(taskId, actor);
    const stored = await storeUpload(this.db, file);
    const evidenceId = evidenceIdFor(taskId, assignment.unitCode, stored.sha256);
    await this.assignments.send(assignment.planId, assignment.unitCode, {
      type: 'AttachEvidence',
      data: { taskCode: assignment.taskCode, evidence: { evidenceId, ...stored } },
      actor,
    });
    return this.db.getRepository(EvidenceView).findOneByOrFail({ id: evidenceId });
  }

  async list(taskId: string, actor: Actor): Promise<EvidenceView[]> {
    await this.assignments.task(taskId, actor);
    return this.db.getRepository(EvidenceView).find({ where: { taskId }, order: { attachedAt: 'ASC' } });
  }

  async content(evidenceId: string, actor: Actor): Promise<{ evidence: EvidenceView; content: Buffer }> {
    const evidence = await this.db.getRepository(EvidenceView).findOneBy({ id: evidenceId });
    if (!evidence) throw new DomainError('NOT_FOUND', 'Không tìm thấy minh chứng', { field: 'id' });
    await this.assignments.task(evidence.taskId, actor);
    return { evidence, content: await readBlob(this.db, evidence.sha256) };
  }
}
