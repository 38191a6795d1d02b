import { createHash } from 'node:crypto';

// Node-only (hashing): imported directly by the API and the worker, never through the
// contracts index, which workflows load.

// Fixed namespace for ThiDua's name-based ids (a random UUID chosen once).
const NAMESPACE = Buffer.from('6f1c2a4e8b3d4f0a9c7e5d2b1a0f3e4d', 'hex');

/** A UUIDv5 of a business key: the same key always gives the same id, so retries converge. */
export function nameUuid(...parts: string[]): string {
  const bytes = createHash('sha1')
    .update(NAMESPACE)
    .update(parts.join('\n'), 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A plan's id comes from its organisation, issuer and number, so a client that retries
 * `POST /plans` reaches the same workflow instead of creating a second plan, and two
 * organisations never meet on one id.
 */
export const planIdFor = (organisation: string, issuer: string, number: string): string =>
  nameUuid(
    organisation,
    issuer.normalize('NFC').trim().toLowerCase(),
    number.normalize('NFC').trim().toUpperCase(),
  );

export const taskIdFor = (planId: string, taskCode: string): string => nameUuid('task', planId, taskCode);

/** An ad-hoc request is identified by its document number within the plan. */
export const requestIdFor = (planId: string, number: string): string =>
  nameUuid('request', planId, number.normalize('NFC').trim().toUpperCase());

/** The same file attached twice to the same task by the same unit is one piece of evidence. */
export const evidenceIdFor = (taskId: string, unitCode: string, sha256: string): string =>
  nameUuid('evidence', taskId, unitCode, sha256);

/**
 * A plan's document answering a request (or, without one, dated a day) in a form: drafting it
 * again reaches the same draft, which is then revised, never doubled.
 */
export const documentIdFor = (planId: string, answers: string, form: string): string =>
  nameUuid('document', planId, answers, form);

/** The same file attached twice to the same figure (unit, indicator, period) is one piece of evidence. */
export const figureEvidenceIdFor = (
  planId: string,
  unitCode: string,
  indicatorCode: string,
  period: string,
  sha256: string,
): string => nameUuid('figure-evidence', planId, unitCode, indicatorCode, period, sha256);
