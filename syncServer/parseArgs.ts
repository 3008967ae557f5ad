/** Command-line options of `npm run sync-server`, read without a library: eight flags do not need one. */
export interface SyncServerOptions {
  readonly port: number;
  readonly host: string;
  readonly data: string;
  /** Largest message accepted, in bytes (a source of 16 MiB plus its envelope). */
  readonly maxMessageBytes: number;
  readonly messagesPerSecond: number;
  readonly burst: number;
  /** Several nodes: Redis passes updates and awareness between nodes (`redis://host:port`). */
  readonly redis?: string;
  /** Several nodes: the documents in one shared PostgreSQL instead of each node's SQLite. */
  readonly postgres?: string;
}

export function parseSyncServerArgs(argv: readonly string[]): SyncServerOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    if (!flag.startsWith('--')) throw new Error(`Unexpected argument: ${flag}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    values.set(flag.slice(2), value);
    i += 1;
  }
  const known = new Set(['port', 'host', 'data', 'max-message-mb', 'rate', 'burst', 'redis', 'postgres']);
  for (const key of values.keys()) if (!known.has(key)) throw new Error(`Unknown option --${key}`);
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const text = values.get(key);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${key} must be a number from ${min} to ${max}`);
    return value;
  };
  const url = (key: string, schemes: readonly string[]): string | undefined => {
    const text = values.get(key);
    if (text !== undefined && !schemes.some((scheme) => text.startsWith(`${scheme}://`))) {
      throw new Error(`--${key} must be a URL starting with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}`);
    }
    return text;
  };
  const redis = url('redis', ['redis', 'rediss']);
  const postgres = url('postgres', ['postgres', 'postgresql']);
  if (redis && !postgres) throw new Error('--redis needs --postgres: nodes sharing updates must share their documents too');
  const data = values.get('data');
  if (!data) throw new Error('--data DIR is required (where the documents and the signing secret are kept)');
  return {
    port: Math.trunc(number('port', 1234, 0, 65535)),
    host: values.get('host') ?? '127.0.0.1',
    data,
    maxMessageBytes: Math.round(number('max-message-mb', 20, 0.01, 512) * 1024 * 1024),
    messagesPerSecond: number('rate', 200, 1, 100000),
    burst: number('burst', 2000, 1, 1000000),
    ...(redis ? { redis } : {}),
    ...(postgres ? { postgres } : {}),
  };
}
