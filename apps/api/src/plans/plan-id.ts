import { createHash } from 'node:crypto';

// Fixed namespace for plan ids (a random UUID chosen once for ThiDua).
const NAMESPACE = Buffer.from('6f1c2a4e8b3d4f0a9c7e5d2b1a0f3e4d', 'hex');

/**
 * A plan's id is a UUIDv5 of its business key (issuer + number), so a client that
 * retries `POST /plans` reaches the same workflow instead of creating a second plan.
 */
export function planIdFor(issuer: string, number: string): string {
  const name = `${issuer.normalize('NFC').trim().toLowerCase()}\n${number.normalize('NFC').trim().toUpperCase()}`;
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
