/** Headers every response gets, on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY',
};

/** A directive of a policy, e.g. `base-uri 'self'` (typed as Astro's `security.csp.directives` wants them). */
type PolicyDirective =
  | `${'default' | 'img' | 'font' | 'connect' | 'frame' | 'object'}-src ${string}`
  | `${'base-uri' | 'form-action'} ${string}`;

/**
 * The limits for everything a page does not use, in every page's own `<meta>` policy (astro.config.mjs), so that
 * hosts without `_headers` (GitHub Pages, Apache, nginx) get them too: a pasted `<base href>` cannot move the links,
 * a `<form>` cannot send anywhere else, `<object>` and frames from elsewhere do not load.
 */
export const PAGE_POLICY: PolicyDirective[] = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** What a `<meta>` policy cannot say: only a header keeps the site out of other sites' frames. */
const HEADER_ONLY_POLICY = ["frame-ancestors 'none'"];

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
      ...HEADER_ONLY_POLICY,
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

/**
 * The editor's own policy (/admin/, src/pages/admin/index.html.ts), as loose as Sveltia CMS needs and no looser: its
 * code from the site only, styles inline (it sets them from script), pictures and previews as blob: and data: URLs,
 * and GitHub's API (and its avatars and status) as the only place it talks to. The site's pages never get it.
 */
export const EDITOR_POLICY = [
  "default-src 'self'",
  // Sveltia decodes HEIC and encodes WebP pictures with WebAssembly ('wasm-unsafe-eval' does not allow eval).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com https://*.githubusercontent.com",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
