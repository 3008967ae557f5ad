import { createHash } from 'node:crypto';

/** SHA-256 (hex) of a text encoded as UTF-8: the identity of a source version. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
