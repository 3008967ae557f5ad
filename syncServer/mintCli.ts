import { randomUUID } from 'node:crypto';
import { signInvitation, isValidNotebookId, type SyncRole } from '../common/sync/invitationToken';
import { loadSigningSecret } from './signingSecret';

/**
 * `npm run sync-invite -- --data DIR [--notebook ID] [--role editor|reader] [--days N] [--name WHO]`
 * prints an invitation signed with the server's secret. Without --notebook, a new notebook id is
 * made: give that first editor invitation to whoever shares a notebook.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const get = (flag: string): string | undefined => {
    const index = args.indexOf(`--${flag}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const data = get('data');
  if (!data) throw new Error('--data DIR is required (the sync server data folder, which holds the signing secret)');
  const notebook = get('notebook') ?? randomUUID();
  if (!isValidNotebookId(notebook)) throw new Error('--notebook must be letters, digits, - or _ (64 at most)');
  const role = (get('role') ?? 'editor') as SyncRole;
  if (role !== 'editor' && role !== 'reader') throw new Error('--role must be editor or reader');
  const days = Number(get('days') ?? '30');
  if (!(days > 0)) throw new Error('--days must be a positive number');
  const name = get('name');
  const token = await signInvitation(
    { notebook, role, exp: Math.floor(Date.now() / 1000) + Math.round(days * 86400), ...(name ? { name } : {}) },
    loadSigningSecret(data),
  );
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
