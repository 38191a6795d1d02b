import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { evidenceIdFor } from '../../../../libs/contracts/src/ids';
import { DomainError, type Actor } from '../../../../libs/domain/src';
import { EvidenceView } from '../../../../libs/projections/src';
import { AssignmentsService } from './assignments.service';

/** What multer hands us for one uploaded file. */
export interface Upload {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Documents, spreadsheets, scans and photos: what evidence of public work looks like. */
export const EVIDENCE_TYPES: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/msword': ['.doc'],
  'application/vnd.ms-excel': ['.xls'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'text/plain': ['.txt'],
};

@Injectable()
export class EvidenceService {
  constructor(
    private readonly assignments: AssignmentsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async attach(taskId: string, file: Upload | undefined, actor: Actor): Promise<EvidenceView> {
    const assignment = await this.assignments.ownAssignment(taskId, actor);
    if (!file)
      throw new DomainError('VALIDATION_FAILED', 'Thiếu tệp minh chứng (trường “file”)', { field: 'file' });
    if (file.size === 0) throw new DomainError('VALIDATION_FAILED', 'Tệp minh chứng rỗng', { field: 'file' });
    if (file.size > MAX_EVIDENCE_BYTES)
      throw new DomainError('FILE_TOO_LARGE', 'Tệp minh chứng vượt quá 10 MB', {
        field: 'file',
        maxBytes: MAX_EVIDENCE_BYTES,
      });
    const fileName = path.basename(file.originalname.normalize('NFC')).slice(0, 255);
    const extensions = EVIDENCE_TYPES[file.mimetype];
    if (!extensions?.includes(path.extname(fileName).toLowerCase()))
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Chỉ nhận tệp PDF, Word, Excel, ảnh JPEG/PNG hoặc văn bản',
        {
          field: 'file',
          mediaType: file.mimetype,
          allowed: Object.values(EVIDENCE_TYPES).flat(),
        },
      );
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    // Bytes first, keyed by their hash: the event that refers to them may then be retried freely.
    await this.db.query(
      `INSERT INTO evidence_blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
      [sha256, file.buffer, file.size],
    );
    const evidenceId = evidenceIdFor(taskId, assignment.unitCode, sha256);
    await this.assignments.send(assignment.planId, assignment.unitCode, {
      type: 'AttachEvidence',
      data: {
        taskCode: assignment.taskCode,
        evidence: { evidenceId, fileName, mediaType: file.mimetype, size: file.size, sha256 },
      },
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
    const [blob] = await this.db.query(`SELECT content FROM evidence_blobs WHERE sha256 = $1`, [
      evidence.sha256,
    ]);
    return { evidence, content: blob.content as Buffer };
  }
}
