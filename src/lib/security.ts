import type { Nodes } from 'hast';
import { find, html as htmlSchema } from 'property-information';
import { htmlToHast } from 'satteri';
import { elements } from './html-policy';
import { PAGE_POLICY } from './headers';

/** The directives every page's own policy must have: scripts and styles by hash, and the limits of `PAGE_POLICY`. */
export const REQUIRED_DIRECTIVES = [
  'script-src',
  'style-src',
  ...PAGE_POLICY.map((directive) => directive.split(' ')[0]!),
];

/** Attributes that hold an address a browser follows or loads. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'data']);

/**
 * What the security gate finds in one built page (see src/integrations/security.ts): a page without its own policy
 * or with a policy that lacks a required directive, an inline event handler, an address with a scheme that runs code
 * (`javascript:`, `vbscript:`; `data:` only for pictures), or a `<meta http-equiv="refresh">`, which no policy stops.
 * Returns the page's policy as well, for `_headers`.
 */
export function inspectPage(html: string): { policy?: string | undefined; problems: string[] } {
  const problems: string[] = [];
  let policy: string | undefined;
  // Parsed as a browser parses it (SVG and MathML included), with Sätteri's HTML parser.
  const all = elements(htmlToHast(html) as Nodes);
  // Inside <noscript>, which this parser reads as markup and a browser that runs scripts reads as text.
  const inNoscript = new Set(
    all.filter((element) => element.tagName === 'noscript').flatMap((noscript) => elements(noscript).slice(1)),
  );
  for (const element of all) {
    const name = element.tagName;
    const attributes = Object.fromEntries(
      Object.entries(element.properties ?? {}).map(([key, value]) => [
        find(htmlSchema, key).attribute.toLowerCase(),
        Array.isArray(value) ? value.join(' ') : String(value),
      ]),
    );
    for (const [attribute, value] of Object.entries(attributes)) {
      if (/^on/.test(attribute)) problems.push(`inline event handler ${attribute} on <${name}>`);
      // Read one way here and another in a browser that runs scripts: the <noscript> ends inside the attribute.
      if (inNoscript.has(element) && /<\/noscript/i.test(value))
        problems.push(`the attribute ${attribute} on <${name}> holds </noscript>, which a browser may read as a tag`);
      if (!ADDRESS_ATTRIBUTES.has(attribute)) continue;
      // Browsers ignore control characters and spaces in a scheme (`java\tscript:`), so the check does too.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
      if (scheme && (!SAFE_SCHEMES.has(scheme) || (scheme === 'data' && !(name === 'img' && attribute === 'src'))))
        problems.push(`link with the scheme "${scheme}:": ${value}`);
    }
    const equiv = attributes['http-equiv']?.toLowerCase();
    if (name === 'meta' && equiv === 'refresh') problems.push('a <meta http-equiv="refresh"> sends visitors on');
    if (name === 'meta' && equiv === 'content-security-policy') policy ??= attributes.content;
  }
  if (!policy) problems.push('has no Content-Security-Policy');
  else {
    const present = new Set(policy.split(';').map((directive) => directive.trim().split(/\s+/)[0]));
    const missing = REQUIRED_DIRECTIVES.filter((directive) => !present.has(directive));
    if (missing.length) problems.push(`its Content-Security-Policy lacks ${missing.join(', ')}`);
  }
  return { policy, problems };
}
