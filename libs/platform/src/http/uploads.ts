import { createHash } from 'node:crypto';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@kernel';

/** What multer hands us for one uploaded file. */
export interface Upload {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface StoredFile {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Documents, spreadsheets, scans and photos: what evidence and dossiers look like. */
export const UPLOAD_TYPES: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/msword': ['.doc'],
  'application/vnd.ms-excel': ['.xls'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'text/plain': ['.txt'],
};

/** Multer options for one file: one byte over the limit lets `storeUpload` name the field; UTF-8 names. */
export const uploadOptions = {
  limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 },
  defParamCharset: 'utf8',
};

/**
 * Uploaded files, kept by their SHA-256 before any event refers to them: the event may then be
 * retried freely, and the same file sent twice is kept once.
 */
@Injectable()
export class BlobStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Checks an upload (present, not empty, ≤ 10 MB, an accepted type) and keeps its bytes. */
  async store(file: Upload | undefined): Promise<StoredFile> {
    if (!file)
      throw new DomainError('VALIDATION_FAILED', 'Thiếu tệp đính kèm (trường “file”)', { field: 'file' });
    if (file.size === 0) throw new DomainError('VALIDATION_FAILED', 'Tệp đính kèm rỗng', { field: 'file' });
    if (file.size > MAX_UPLOAD_BYTES)
      throw new DomainError('FILE_TOO_LARGE', 'Tệp đính kèm vượt quá 10 MB', {
        field: 'file',
        maxBytes: MAX_UPLOAD_BYTES,
      });
    const fileName = path.basename(file.originalname.normalize('NFC')).slice(0, 255);
    const extensions = UPLOAD_TYPES[file.mimetype];
    if (!extensions?.includes(path.extname(fileName).toLowerCase()))
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Chỉ nhận tệp PDF, Word, Excel, ảnh JPEG/PNG hoặc văn bản',
        {
          field: 'file',
          mediaType: file.mimetype,
          allowed: Object.values(UPLOAD_TYPES).flat(),
        },
      );
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    await this.db.query(
      `INSERT INTO evidence_blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
      [sha256, file.buffer, file.size],
    );
    return { fileName, mediaType: file.mimetype, size: file.size, sha256 };
  }

  async read(sha256: string): Promise<Buffer> {
    const [blob] = await this.db.query(`SELECT content FROM evidence_blobs WHERE sha256 = $1`, [sha256]);
    if (!blob) throw new DomainError('NOT_FOUND', 'Không tìm thấy nội dung tệp');
    return blob.content as Buffer;
  }
}
