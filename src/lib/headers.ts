/** Headers every response gets, on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY',
};

/** What a `<meta>` policy cannot say (frame-ancestors), and limits for everything the page does not use. */
const POLICY_EXTRAS = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The `_headers` file: the common headers for every path, and the Content-Security-Policy that Astro
 * put in each page's `<meta>` (its script and style hashes) plus the directives a `<meta>` policy
 * cannot carry. When every page has the same policy, it is given once for all paths.
 */
export function buildHeadersFile(pages: readonly { path: string; policy: string }[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const policy = (meta: string) =>
    [
      ...meta
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean),
      ...POLICY_EXTRAS,
    ].join('; ');
  const policies = new Set(pages.map((page) => page.policy));
  if (policies.size <= 1) {
    const [only] = policies;
    return block('/*', { ...COMMON_HEADERS, ...(only && { 'Content-Security-Policy': policy(only) }) }) + '\n';
  }
  return (
    [
      block('/*', COMMON_HEADERS),
      ...pages.map((page) => block(page.path, { 'Content-Security-Policy': policy(page.policy) })),
    ].join('\n\n') + '\n'
  );
}

/** Reads a `_headers` file back: the headers for a path (exact paths and `/*`), as a static host applies them. */
export function headersFor(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      applies = pattern === path || (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1)));
    } else if (applies) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.trim()] = value.join(':').trim();
    }
  }
  return headers;
}
