/**
 * Who may talk to the harness. It serves the real handlers (files, backups) over HTTP on loopback, so
 * any other page open on this machine could otherwise POST to it: a request is answered only when its
 * Host names the harness itself (a DNS-rebinding page carries its own host name) and, when the browser
 * sends an Origin (every cross-origin request and every POST from a page), that Origin is the harness's.
 */
export interface RequestFacts {
  readonly method: string;
  readonly host: string | undefined;
  readonly origin: string | undefined;
}

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly status: 403 | 421; readonly reason: string };

/** The host names the harness answers to on its port: loopback only. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkRequest(request: RequestFacts, port: number): Verdict {
  const hosts = allowedHosts(port);
  if (!request.host || !hosts.includes(request.host.toLowerCase())) {
    return { ok: false, status: 421, reason: `Host "${request.host ?? ''}" is not this harness.` };
  }
  // A same-origin GET of a page may carry no Origin; a POST from a page always carries one.
  if (request.origin === undefined) {
    return request.method === 'GET' || request.method === 'HEAD' ? { ok: true } : { ok: false, status: 403, reason: 'A call without an Origin is refused.' };
  }
  if (!hosts.some((h) => request.origin === `http://${h}`)) {
    return { ok: false, status: 403, reason: `Origin "${request.origin}" may not call this harness.` };
  }
  return { ok: true };
}

/** `decodeURIComponent` that answers null for a malformed escape (`%E0%A4%A`) instead of throwing. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
