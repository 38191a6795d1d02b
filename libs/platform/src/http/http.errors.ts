/** Refusals of the HTTP layer itself, before any module sees the request. */
export const HTTP_ERRORS = [
  'UNAUTHENTICATED',
  'PAYLOAD_TOO_LARGE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'IDEMPOTENCY_KEY_REUSED',
  'TOO_MANY_REQUESTS',
  /** The server has no LibreOffice to print a document to PDF. */
  'PDF_UNAVAILABLE',
] as const;
export type HttpErrorCode = (typeof HTTP_ERRORS)[number];
