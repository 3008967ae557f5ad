import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret that signs invitations: `VERBATIM_SYNC_SECRET` when set (several nodes must share
 * one), otherwise `<data>/signing-secret`, made on first start and readable by its owner only.
 */
export function loadSigningSecret(dataDir: string): string {
  const fromEnv = process.env.VERBATIM_SYNC_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 16) throw new Error('VERBATIM_SYNC_SECRET must be at least 16 characters.');
    return fromEnv;
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'signing-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}
