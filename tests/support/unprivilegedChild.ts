// Run by runUnprivileged (tests/support/unprivileged.ts) in a process without the capabilities that
// let root ignore file modes: calls one exported function and prints its outcome as JSON.
const [modulePath, exportName, argsJson] = process.argv.slice(2) as [string, string, string];
import(modulePath)
  .then((m: Record<string, (...args: unknown[]) => unknown>) => m[exportName]!(...(JSON.parse(argsJson) as unknown[])))
  .then(
    (value) => process.stdout.write(JSON.stringify({ ok: true, value: value ?? null })),
    (error: unknown) => process.stdout.write(JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) })),
  );
