// al-folio's Liquid in a markdown body, turned into plain markdown where it has a plain equivalent: code fences are
// left exactly as written, `{% raw %}` blocks lose only their tags, `{% include figure.liquid %}` becomes a picture,
// `{% cite %}` a link to the publication, `{% post_url %}` the post's address, `{{ site.baseurl }}` and
// `relative_url` and the old base path leave the links, emoji shortcodes become emoji. What remains is commented out
// and reported with its line.
import { emojify } from 'node-emoji';

export interface LiquidResult {
  body: string;
  /** What a person should look at, each with the file and line. */
  notes: string[];
}

const LIQUID = /\{%.*?%\}|\{\{.*?\}\}/;

/** A line that opens or closes a code fence, also inside a list item or a quote (`   > ```liquid`). */
const FENCE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})/;

/** A body with `change` applied to its text outside code fences; the code is left exactly as written. */
export function outsideCode(body: string, change: (text: string) => string): string {
  const parts: { code: boolean; lines: string[] }[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    const opening = !fence && marker;
    const closing =
      fence &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      !line
        .trim()
        .replace(/^(>\s*)*/, '')
        .slice(marker.length)
        .trim();
    const code = Boolean(fence || opening);
    if (opening) fence = marker;
    if (closing) fence = undefined;
    const last = parts.at(-1);
    if (last && last.code === code) last.lines.push(line);
    else parts.push({ code, lines: [line] });
  }
  return parts.map(({ code, lines }) => (code ? lines.join('\n') : change(lines.join('\n')))).join('\n');
}

/** The attributes of a Liquid include: `path="a.jpg" title='A'` → { path: 'a.jpg', title: 'A' }. */
function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s%}]+))/g)].map(([, key, a, b, c]) => [
      key!,
      a ?? b ?? c ?? '',
    ]),
  );
}

/** A site address as this site writes it: without Liquid's base-path filters and without the old base path. */
export function plainLink(link: string, baseurl: string): string {
  let path = link
    .replace(/\{\{\s*site\.baseurl\s*\}\}/g, '')
    .replace(/\{\{\s*['"]([^'"]*)['"]\s*\|\s*(?:relative_url|absolute_url)\s*\}\}/g, '$1')
    .replace(/\{\{\s*site\.url\s*\}\}/g, '');
  const base = baseurl.replace(/\/+$/, '');
  if (base && (path === base || path.startsWith(`${base}/`))) path = path.slice(base.length) || '/';
  return path;
}

/** One line outside code: its Liquid made plain where it can be, or the line commented out. */
function convertLine(line: string, baseurl: string, at: string, notes: string[]): string {
  let text = line
    .replace(/\{\{\s*['"]([^'"]*)['"]\s*\|\s*(?:relative_url|absolute_url)\s*\}\}/g, '$1')
    .replace(/\{%-?\s*include\s+figure\.liquid\b([^%]*)-?%\}/g, (tag: string, rest: string) => {
      const { path = '', alt, title, caption } = attributes(rest);
      // A path from a Liquid variable (`path=page.cover`) is no file to copy: the tag stays, for a person.
      if (!/\.(jpe?g|png|gif|webp|avif|svg)$/i.test(path)) return tag;
      const description = alt ?? title ?? caption ?? '';
      if (!description) notes.push(`${at}: a picture without a description (alt): add one in the [ ] of ![ ](…)`);
      return `![${description}](${plainLink(path.startsWith('/') || path.includes('://') ? path : `/${path}`, baseurl)})`;
    })
    .replace(/\{%-?\s*cite\s+([\w:.-]+)\s*-?%\}/g, (_, key: string) => `[${key}](/publications/#pub-${key})`)
    // A link to a post (`{% post_url 2024-05-02-our-paper %}`, `{% link _posts/2024-05-02-our-paper.md %}`): its
    // address here, the file name without the date (as postSlug in src/lib/posts.ts).
    .replace(
      /\{%-?\s*(?:post_url\s+|link\s+_posts\/)(?:[^\s%]*\/)?\d{4}-\d{2}-\d{2}-([^\s%/]+?)(?:\.(?:md|markdown))?\s*-?%\}/g,
      (_, slug: string) => `/blog/${slug}/`,
    )
    // Links: ](…) and href="…" / src="…" with Liquid's base path, or the old base path.
    .replace(
      /(\]\(|(?:href|src)=["'])([^)"'\s]+)/g,
      (_, before: string, link: string) => before + plainLink(link, baseurl),
    )
    .replace(/\{\{\s*site\.baseurl\s*\}\}/g, '');
  text = emojify(text);
  if (!LIQUID.test(text)) return text;
  notes.push(`${at}: Liquid, commented out, needs a person: ${line.trim()}`);
  return `<!-- al-folio Liquid: ${text.trim().replace(/--/g, '- -')} -->`;
}

/**
 * A body's Liquid converted (see the top of this file). `firstLine` is the line of the file the body starts on,
 * for the notes.
 */
export function convertLiquid(
  body: string,
  options: { file: string; firstLine: number; baseurl: string },
): LiquidResult {
  const notes: string[] = [];
  const out: string[] = [];
  let fence: string | undefined;
  let raw = false;
  body.split('\n').forEach((line, index) => {
    const at = `${options.file}:${options.firstLine + index}`;
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length))
        fence = undefined;
      out.push(line);
      return;
    }
    if (marker) {
      fence = marker;
      out.push(line);
      return;
    }
    // {% raw %} … {% endraw %}: the text between is shown as written; only the tags go.
    if (raw || /\{%-?\s*raw\s*-?%\}/.test(line)) {
      const opened = line.replace(/\{%-?\s*raw\s*-?%\}/g, () => {
        raw = true;
        return '';
      });
      const closed = opened.replace(/\{%-?\s*endraw\s*-?%\}/g, () => {
        raw = false;
        return '';
      });
      if (closed.trim() || !/\{%-?\s*(end)?raw\s*-?%\}/.test(line)) out.push(closed);
      return;
    }
    out.push(convertLine(line, options.baseurl, at, notes));
  });
  return { body: out.join('\n'), notes };
}

/** Whether a converted body is nothing but commented-out Liquid: al-folio filled such a page itself. */
export function onlyLiquid(body: string): boolean {
  const lines = body.split('\n').filter((line) => line.trim());
  return lines.length > 0 && lines.every((line) => line.startsWith('<!-- al-folio Liquid:'));
}
