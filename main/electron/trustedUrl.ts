/**
 * Whether a URL belongs to the app itself. Origins are compared exactly (scheme, host and port):
 * a prefix test let `http://localhost:5173.evil.example/` or `http://localhost:51730/` pass for the
 * dev server `http://localhost:5173`. Custom schemes such as `app:` have an opaque `URL.origin`
 * ("null") in Node, so the scheme and host are compared instead.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Credentials in a URL are a classic way to make one host look like another.
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isTrustedUrl(url: string, appOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === originOf(appOrigin);
}
