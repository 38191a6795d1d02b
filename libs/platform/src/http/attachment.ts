import { StreamableFile } from '@nestjs/common';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF = 'application/pdf';

/** A file to download, its Vietnamese name kept (RFC 5987) and its length given. */
export const attachment = (content: Uint8Array, type: string, name: string): StreamableFile =>
  new StreamableFile(content, {
    type,
    length: content.length,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
