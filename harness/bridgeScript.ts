import { DRAFT_JOURNAL_METHODS, NOTEBOOK_METHODS } from '@common/ipc/methods';

/**
 * The stand-in for the preload: a classic script, injected before the app's modules, that defines
 * `window.notebook` with one function per contract method, each forwarded to the harness over HTTP
 * and unwrapped exactly as the preload unwraps IPC results. The harness has no native menu.
 * The draft journal's calls block as the preload's `sendSync` does: a synchronous request.
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
  const callSync = (method, arg) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/__notebook-sync/' + method, false);
    request.setRequestHeader('content-type', 'application/json');
    request.send(JSON.stringify({ arg }));
    const result = JSON.parse(request.responseText);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };
  const bridge = { onMenuCommand: () => () => {} };
  for (const m of methods) bridge[m] = (arg) => call(m, arg);
  for (const m of ${JSON.stringify(DRAFT_JOURNAL_METHODS)}) bridge[m] = (arg) => callSync(m, arg);
  Object.defineProperty(window, 'notebook', { value: Object.freeze(bridge), writable: false });
})();
`;
}
