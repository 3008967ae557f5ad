import type { MethodArg, MethodResult, NotebookMethod, IpcResult } from '@common/ipc/contract';
import { argumentSchemas } from '@common/ipc/schemas';
import { isNotebookMethod } from '@common/ipc/methods';

/** Main's implementation of the contract: one handler per method, checked by the compiler. */
export type HandlerTable = { readonly [K in NotebookMethod]: (arg: MethodArg<K>) => Promise<MethodResult<K>> };

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why an argument was refused, field by field. */
export function describeInvalidArgument(method: string, error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const detail = error.issues.map((i) => `${i.path.map(String).join('.') || 'argument'}: ${i.message}`).join('; ');
  return `Invalid argument for ${method}: ${detail}`;
}

/**
 * Runs one call from the renderer: the method must exist and its argument must parse.
 * Never throws: bad input and failed work come back as `{ ok: false, error }` with a message
 * a person can read, so a hostile or buggy caller cannot crash main.
 */
export async function dispatch(table: HandlerTable, method: string, arg: unknown): Promise<IpcResult<unknown>> {
  if (!isNotebookMethod(method)) return { ok: false, error: `Unknown method "${method}".` };
  const parsed = argumentSchemas[method].safeParse(arg);
  if (!parsed.success) return { ok: false, error: describeInvalidArgument(method, parsed.error) };
  try {
    const handler = table[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    // The message is the user's to read (the renderer says what was being done): no method names.
    return { ok: false, error: describeError(error) };
  }
}
