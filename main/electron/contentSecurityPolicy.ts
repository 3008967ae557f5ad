/**
 * The Content-Security-Policy of the app page: the same text is in renderer/index.html (meta) and is
 * sent as a header by the app:// protocol, the dev-server hook and the harness. No inline script, no
 * eval, nothing from another origin: source text that slips into the DOM as HTML still cannot run.
 * Kept apart from the Electron glue so the harness and the tests read the very same string.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";
