import { readFileSync } from 'node:fs';
import type { Element, Nodes, Root } from 'hast';
import katex from 'katex';
import { htmlToHast, type HastVisitorContext } from 'satteri';
import { breaches, describeBreach, elements, unclosedTag } from './html-policy.ts';
import { forMathMLCore } from './mathml.ts';
import { ContentError, quoted } from './model/problems.ts';
import { isExternal, withBase } from './model/urls.ts';

/** Whether a link in markdown points inside the site by an absolute path (`/projects/`, not `//cdn…`). */
export function isSitePath(href: unknown): href is string {
  return typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !isExternal(href);
}

/**
 * A Sätteri HTML-tree plugin that puts the base path in front of links and images written as site
 * paths in markdown, so `[join us](/join-us/)` works when the site lives below `/lab/`. `place` moves a
 * page's path first where the pages have moved (another default language: see `placeLink`).
 */
export function baseLinks(base: string, place: (path: string) => string = (path) => path) {
  const attributes = { a: 'href', img: 'src' } as const;
  return {
    name: 'base-links',
    element: {
      filter: Object.keys(attributes),
      visit(
        node: Readonly<{ tagName: string; properties?: Record<string, unknown> }>,
        ctx: { setProperty: (node: never, key: string, value: unknown) => void },
      ) {
        const key = attributes[node.tagName as keyof typeof attributes];
        const value = node.properties?.[key];
        if (isSitePath(value)) ctx.setProperty(node as never, key, withBase(place(value), base));
      },
    },
  };
}

/**
 * A Sätteri HTML-tree plugin that holds every markdown file to the content policy (`CONTENT_POLICY`): an element or
 * attribute outside it fails the build with the file, the line and what is not allowed, all of a file's at once.
 * HTML written in markdown reaches the tree as raw text, so it is parsed (with Sätteri's own parser) to be checked.
 * MDX files are code and are not checked. `where` turns the file's URL into the path an editor reads, `read` gives
 * the file's text (to count the lines above the body).
 */
export function contentPolicy(
  where: (file: URL) => string,
  read: (file: URL) => string = (file) => readFileSync(file, 'utf8'),
) {
  return {
    name: 'content-policy',
    options: { position: true },
    after(root: Nodes, ctx: HastVisitorContext) {
      if (ctx.sourceFormat === 'mdx') return;
      const found: { line: number; problem: string }[] = [];
      const visit = (node: Nodes) => {
        // What the editor wrote has a place in the file; what the pipeline made (highlighted code) has none.
        const line = node.position?.start.line;
        if (node.type === 'element' && line)
          found.push(...breaches(node).map((breach) => ({ line, problem: describeBreach(breach) })));
        if (node.type === 'raw' && line) found.push(...rawProblems(node.value, line));
        if ('children' in node) node.children.forEach(visit);
      };
      visit(root);
      if (!found.length) return;
      const file = ctx.fileURL ? where(ctx.fileURL) : 'a markdown file';
      const above = ctx.fileURL ? linesAbove(read(ctx.fileURL), ctx.source) : 0;
      throw new ContentError([...new Set(found.map(({ line, problem }) => `${file}:${line + above}: ${problem}`))]);
    },
  };
}

/**
 * What is outside the policy in a piece of HTML written in markdown (which starts on `line`), each with its line: an
 * element or attribute, or a tag left open at its end (a browser would join it to the text that follows, out of the
 * check's sight).
 */
function rawProblems(html: string, line: number): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  // Comments blanked out (lines kept), so that a tag named in one is not taken for the element.
  const searchable = html.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  let cursor = 0;
  let lineAtCursor = line;
  for (const element of elements(htmlToHast(html, { fragment: true }) as Nodes)) {
    const tag = new RegExp(`<${element.tagName}(?=[\\s/>])`, 'gi');
    tag.lastIndex = cursor;
    const at = tag.exec(searchable);
    if (at) {
      for (let i = cursor; i < at.index; i++) if (searchable.charCodeAt(i) === 10) lineAtCursor++;
      cursor = at.index;
    }
    problems.push(...breaches(element).map((breach) => ({ line: lineAtCursor, problem: describeBreach(breach) })));
  }
  if (unclosedTag(html))
    problems.push({
      line: line + html.split('\n').length - 1,
      problem:
        'an HTML tag or comment is not closed where the HTML ends (a ">" or "-->" is missing); close it on its own line',
    });
  return problems;
}

/**
 * A Sätteri HTML-tree plugin for the alignment of table columns (`|:-:|`): the markdown processor writes it as a
 * `style` attribute, which the Content-Security-Policy would block; here it becomes a class (`align-center`, styled
 * in src/styles/global.css).
 */
export function tableAlignment() {
  return {
    name: 'table-alignment',
    element: {
      filter: ['th', 'td'],
      visit(
        node: Readonly<{ properties?: Record<string, unknown> }>,
        ctx: { setProperty: (node: never, key: string, value: unknown) => void },
      ) {
        const align = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(String(node.properties?.style ?? ''))?.[1];
        if (!align) return;
        const classes = Array.isArray(node.properties?.className) ? (node.properties.className as string[]) : [];
        ctx.setProperty(node as never, 'style', undefined);
        ctx.setProperty(node as never, 'className', [...classes, `align-${align}`]);
      },
    },
  };
}

/**
 * How many lines of a file come before its body as Astro renders it (front matter removed, blank lines trimmed), so
 * that a line in the body's tree is said as the line of the file the editor sees.
 */
export function linesAbove(file: string, body: string): number {
  const frontmatter = /^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?---/.exec(file)?.[0].length ?? 0;
  const start = file.indexOf(body.slice(0, 200), frontmatter);
  return start < 0 ? 0 : file.slice(0, start).split('\n').length - 1;
}

/**
 * A Sätteri HTML-tree plugin that sets the formulas of a file (`$…$` in a line, `$$…$$` on lines of their own; Sätteri
 * marks them as `code.language-math`) with KaTeX, at build, as MathML: no JavaScript, no inline styles for the
 * Content-Security-Policy to block, and read by screen readers. A formula KaTeX cannot read fails the build with the
 * file, the line and KaTeX's reason, all of a file's at once.
 */
export function mathFormulas(
  where: (file: URL) => string,
  read: (file: URL) => string = (file) => readFileSync(file, 'utf8'),
) {
  // The problems of each file being rendered, by its text (files may be rendered side by side).
  const found = new Map<string, { line: number | undefined; problem: string }[]>();
  return {
    name: 'math-formulas',
    options: { position: true },
    element: {
      filter: ['code'],
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        const classes = node.properties?.className;
        if (!Array.isArray(classes) || !classes.includes('language-math')) return;
        const display = classes.includes('math-display');
        // A display formula is a <pre><code>: the <pre> is replaced, and has the position.
        const target = (display ? ctx.parent(node as never) : undefined) ?? node;
        const set = setFormula(ctx.textContent(node as never), display);
        if ('html' in set) ctx.replaceNode(target as never, formulaNodes(set.html, ctx.sourceFormat) as never);
        else
          found.set(ctx.source, [
            ...(found.get(ctx.source) ?? []),
            { line: target.position?.start.line, problem: set.problem },
          ]);
      },
    },
    after(_root: Nodes, ctx: HastVisitorContext) {
      const problems = found.get(ctx.source);
      if (!problems) return;
      found.delete(ctx.source);
      const file = ctx.fileURL ? where(ctx.fileURL) : 'a markdown file';
      const above = ctx.fileURL && ctx.sourceFormat !== 'mdx' ? linesAbove(read(ctx.fileURL), ctx.source) : 0;
      throw new ContentError(
        problems.map(({ line, problem }) => `${file}${line ? `:${line + above}` : ''}: ${problem}`),
      );
    },
  };
}

/**
 * KaTeX's HTML as nodes of the tree: raw HTML in markdown (without a place in the file, so the content policy leaves
 * it alone), elements in MDX, which is compiled to JSX and cannot hold raw HTML. The `xmlns` of `<math>` is left out
 * there: an HTML page needs none, and the parser would keep it under a name that is not an attribute (`:xmlns`).
 */
function formulaNodes(html: string, format: HastVisitorContext['sourceFormat']): Nodes | Nodes[] {
  if (format !== 'mdx') return { type: 'raw', value: html };
  const tree = htmlToHast(html.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', ''), { fragment: true });
  return (tree as Root).children;
}

/** A formula as MathML, or what KaTeX says is wrong with it. */
export function setFormula(tex: string, display: boolean): { html: string } | { problem: string } {
  try {
    const html = forMathMLCore(
      katex.renderToString(tex, { displayMode: display, output: 'mathml', throwOnError: true }),
    );
    // KaTeX's class for a formula on a line of its own: centred, with space around it, and scrolling on a phone,
    // where the keyboard must reach it too (tabindex).
    return { html: display ? `<div class="katex-display" tabindex="0">${html}</div>` : html };
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    const at = error.position === undefined ? '' : ` (at character ${error.position + 1} of the formula)`;
    return {
      problem: `the formula ${quoted(tex.trim())} cannot be set: ${error.rawMessage}${at}; write it as LaTeX that KaTeX knows (katex.org/docs/supported), or write \\$ for a dollar sign`,
    };
  }
}
