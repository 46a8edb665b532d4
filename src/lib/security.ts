import type { Nodes } from 'hast';
import { find, html as htmlSchema } from 'property-information';
import { htmlToHast } from 'satteri';
import { PAGE_POLICY } from './headers.ts';

/** The directives every page's own policy must have: scripts and styles by hash, and the limits of `PAGE_POLICY`. */
export const REQUIRED_DIRECTIVES = [
  'script-src',
  'style-src',
  ...PAGE_POLICY.map((directive) => directive.split(' ')[0]!),
];

/** Attributes that hold an address a browser follows or loads. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'data']);

/** An attribute's HTML name from its hast property name (`onClick` → `onclick`), looked up once per name. */
const attributeNames = new Map<string, string>();
function attributeOf(property: string): string {
  let name = attributeNames.get(property);
  if (!name) attributeNames.set(property, (name = find(htmlSchema, property).attribute.toLowerCase()));
  return name;
}

/**
 * What the security gate finds in one built page (see src/integrations/security.ts): a page without its own policy
 * or with a policy that lacks a required directive, an inline event handler, an address with a scheme that runs code
 * (`javascript:`, `vbscript:`; `data:` only for pictures), or a `<meta http-equiv="refresh">`, which no policy stops.
 * Returns the page's policy as well, for `_headers`.
 */
export function inspectPage(html: string): { policy?: string | undefined; problems: string[] } {
  const problems: string[] = [];
  let policy: string | undefined;
  // Parsed as a browser parses it (SVG and MathML included), with Sätteri's HTML parser, and walked once.
  const stack: { node: Nodes; noscript: boolean }[] = [{ node: htmlToHast(html) as Nodes, noscript: false }];
  while (stack.length) {
    const { node, noscript } = stack.pop()!;
    if (!('children' in node)) continue;
    // Inside <noscript>, which this parser reads as markup and a browser that runs scripts reads as text.
    const within = noscript || (node.type === 'element' && node.tagName === 'noscript');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, noscript: within });
    if (node.type !== 'element') continue;
    const name = node.tagName;
    let equiv: string | undefined;
    let content: string | undefined;
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      const attribute = attributeOf(key);
      const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
      if (attribute.startsWith('on')) problems.push(`inline event handler ${attribute} on <${name}>`);
      // Read one way here and another in a browser that runs scripts: the <noscript> ends inside the attribute.
      if (noscript && /<\/noscript/i.test(value))
        problems.push(`the attribute ${attribute} on <${name}> holds </noscript>, which a browser may read as a tag`);
      if (attribute === 'http-equiv') equiv = value.toLowerCase();
      if (attribute === 'content') content = value;
      if (!ADDRESS_ATTRIBUTES.has(attribute)) continue;
      // Browsers ignore control characters and spaces in a scheme (`java\tscript:`), so the check does too.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
      if (scheme && (!SAFE_SCHEMES.has(scheme) || (scheme === 'data' && !(name === 'img' && attribute === 'src'))))
        problems.push(`link with the scheme "${scheme}:": ${value}`);
    }
    if (name === 'meta' && equiv === 'refresh') problems.push('a <meta http-equiv="refresh"> sends visitors on');
    if (name === 'meta' && equiv === 'content-security-policy') policy ??= content;
  }
  if (!policy) problems.push('has no Content-Security-Policy');
  else {
    const present = new Set(policy.split(';').map((directive) => directive.trim().split(/\s+/)[0]));
    const missing = REQUIRED_DIRECTIVES.filter((directive) => !present.has(directive));
    if (missing.length) problems.push(`its Content-Security-Policy lacks ${missing.join(', ')}`);
  }
  return { policy, problems };
}
