import { failWith, type Fail } from '@kernel';

/** The reporting module's refusals (documents an office issues). */
export const REPORTING_ERRORS = [
  /** An issued document is frozen: it is neither revised nor issued again with other content. */
  'DOCUMENT_ISSUED',
] as const;
export type ReportingErrorCode = (typeof REPORTING_ERRORS)[number];

export const fail: Fail<ReportingErrorCode> = failWith<ReportingErrorCode>();
