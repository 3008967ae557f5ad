import { NOTEBOOK_METHODS } from '@common/ipc/methods';

/**
 * The stand-in for the preload: a classic script, injected before the app's modules, that defines
 * `window.notebook` with one function per contract method, each forwarded to the harness over HTTP
 * and unwrapped exactly as the preload unwraps IPC results. The harness has no native menu.
 */
export function bridgeScript(): string {
  return `(() => {
  const methods = ${JSON.stringify(NOTEBOOK_METHODS)};
  const call = async (method, arg) => {
    const response = await fetch('/__notebook/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ arg }),
    });
    const result = await response.json();
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };
  const bridge = { onMenuCommand: () => () => {} };
  for (const m of methods) bridge[m] = (arg) => call(m, arg);
  Object.defineProperty(window, 'notebook', { value: Object.freeze(bridge), writable: false });
})();
`;
}
