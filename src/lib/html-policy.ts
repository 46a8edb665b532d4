import type { Element, Nodes, Properties } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/**
 * What HTML a markdown file may contain: GitHub's policy (hast-util-sanitize's default schema, the one GitHub applies
 * to READMEs), with classes allowed on every element, ids kept as written, and a few more text elements. No scripts,
 * styles, event handlers, forms, frames, objects, `<base>` or `<meta>`, and links only to http(s), mailto or a path
 * in the site. MDX files are code and are not held to it (see the README).
 */
export const CONTENT_POLICY: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr',
    'caption',
    'cite',
    'dfn',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
    'u',
    'wbr',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
  },
  // Checked one element at a time (below), so an element's place is not; browsers move a stray <td> anyway.
  ancestors: {},
  // Ids stay as the editor wrote them, so that links to them work.
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

/** One element or attribute outside the policy: what it is, for the message. */
export interface PolicyBreach {
  element: string;
  /** The attribute as written in HTML (`onclick`), absent when the element itself is not allowed. */
  attribute?: string | undefined;
  value?: string | undefined;
}

const attributeName = (property: string) => find(html, property).attribute;
const text = (value: Properties[string]) => (Array.isArray(value) ? value.join(' ') : String(value));

/**
 * What the sanitizer would take from one element (its children aside): the element itself, or each attribute it
 * would drop or change. The sanitizer decides; this only reports, because nothing may be removed silently.
 */
export function breaches(element: Element): PolicyBreach[] {
  if (plainlyAllowed(element)) return [];
  const alone: Element = { type: 'element', tagName: element.tagName, properties: element.properties, children: [] };
  const kept = sanitize({ type: 'root', children: [alone] }, CONTENT_POLICY);
  const result = ('children' in kept ? kept.children.find((node) => node.type === 'element') : undefined) as
    Element | undefined;
  if (!result || result.tagName !== element.tagName) return [{ element: element.tagName }];
  const written = element.properties ?? {};
  // An attribute without a value (one a plugin took away, say) says nothing.
  const empty = (value: unknown) => value === undefined || value === null || value === '';
  // An attribute it drops or changes, or one it would add (a checkbox must be disabled): in either case the element
  // is not what the policy lets through.
  return [...new Set([...Object.keys(written), ...Object.keys(result.properties)])]
    .filter((key) => !(empty(written[key]) && empty(result.properties[key])))
    .filter((key) => JSON.stringify(result.properties[key]) !== JSON.stringify(written[key]))
    .map((key) => ({
      element: element.tagName,
      attribute: attributeName(key),
      value: key in written ? text(written[key]) : undefined,
    }));
}

/** The names the policy allows as they are, on every element and per element (not those with a required value). */
const TAGS = new Set(CONTENT_POLICY.tagNames);
const plainNames = (list: readonly unknown[] = []) =>
  new Set(list.filter((entry): entry is string => typeof entry === 'string'));
const ON_EVERY = plainNames(CONTENT_POLICY.attributes?.['*']);
const ON_TAG = new Map(
  Object.entries(CONTENT_POLICY.attributes ?? {}).map(([tag, list]) => [tag, plainNames(list)] as const),
);
const SCHEMES = CONTENT_POLICY.protocols ?? {};

/**
 * Whether an element is plainly within the policy, as most of markdown's are (`<p>`, `<em>`, a link to
 * `https://…` or `/join-us/`): allowed, with allowed attributes and addresses. Anything else goes to the sanitizer,
 * which decides; this only spares it the common case, since every element of every page passes here.
 */
function plainlyAllowed({ tagName, properties }: Element): boolean {
  if (!TAGS.has(tagName) || CONTENT_POLICY.required?.[tagName]) return false;
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (!ON_EVERY.has(key) && !ON_TAG.get(tagName)?.has(key)) return false;
    const schemes = SCHEMES[key];
    if (!schemes) continue;
    if (typeof value !== 'string') return false;
    // A relative address (no scheme before the first /, ? or #), or one of the allowed schemes, written plainly.
    const colon = value.indexOf(':');
    const boundary = value.search(/[/?#]/);
    if (colon === -1 || (boundary !== -1 && boundary < colon)) continue;
    if (!schemes.includes(value.slice(0, colon)) || /[\s\u0000-\u001f]/.test(value.slice(0, colon))) return false;
  }
  return true;
}

/** Every element of a tree in document order. */
export function elements(node: Nodes): Element[] {
  const own = node.type === 'element' ? [node] : [];
  return 'children' in node ? [...own, ...node.children.flatMap((child) => elements(child))] : own;
}

const LINK_ATTRIBUTES = new Set(['href', 'src', 'cite', 'longdesc', 'action', 'formaction']);

/** A breach said for an editor: what is not allowed, and what is. */
export function describeBreach({ element, attribute, value }: PolicyBreach): string {
  if (element === 'input' && attribute)
    return 'the element <input> is allowed in markdown only as the checkbox of a task list (write "- [ ]" or "- [x]")';
  if (!attribute)
    return `the element <${element}> is not allowed in markdown; allowed are ${(CONTENT_POLICY.tagNames ?? []).join(', ')} (for anything else, see "HTML in content" in the README)`;
  if (LINK_ATTRIBUTES.has(attribute) && value !== undefined)
    return `the address ${JSON.stringify(value)} in ${attribute} on <${element}> is not allowed in markdown; a link goes to https://, http://, mailto:, tel: or a path in the site, and a picture is a file or an https:// address`;
  return `the attribute ${attribute} on <${element}> is not allowed in markdown (no event handlers, styles or form attributes; class, id, title, lang and alt are fine)`;
}

/**
 * Whether a piece of HTML ends inside a tag or a comment (`<iframe src=x`, `<!-- note`): what follows it in the page
 * would become part of that tag.
 */
export function unclosedTag(html: string): boolean {
  let state: 'text' | 'tag' | 'comment' = 'text';
  let quote = '';
  for (let i = 0; i < html.length; i++) {
    const character = html[i]!;
    if (state === 'comment') {
      if (html.startsWith('-->', i)) {
        state = 'text';
        i += 2;
      }
    } else if (state === 'tag') {
      if (quote) {
        if (character === quote) quote = '';
      } else if (character === '"' || character === "'") quote = character;
      else if (character === '>') state = 'text';
    } else if (html.startsWith('<!--', i)) {
      state = 'comment';
      i += 3;
    } else if (character === '<' && /[a-zA-Z/!?]/.test(html[i + 1] ?? '')) state = 'tag';
  }
  return state !== 'text';
}
