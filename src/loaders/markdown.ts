import { readFile } from 'node:fs/promises';
import type { Loader, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import yaml from 'js-yaml';

const FRONTMATTER = /^\uFEFF?\s*---\r?\n([\s\S]*?\r?\n)?---/;

/**
 * Reads the front matter again with YAML's core schema, in which `2024-02-30` stays text. Astro's
 * default YAML reading turns it into a Date silently rolled over to 1 March; kept as text, the
 * schema can say it is not a date.
 */
async function readFrontmatter(filePath: string): Promise<Record<string, unknown>> {
  const source = await readFile(filePath, 'utf8');
  const block = FRONTMATTER.exec(source)?.[1] ?? '';
  const data = yaml.load(block, { schema: yaml.CORE_SCHEMA, filename: filePath });
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/**
 * Astro's glob loader for markdown and MDX, with two changes: the id is the path without its
 * extension, exactly as the editor named the file (`2022_themis`, `for-students/jobs`), and dates
 * reach the schema as the text the editor wrote.
 */
export function markdownFiles(base: string, pattern = '**/*.{md,mdx}'): Loader {
  const inner = glob({
    base,
    pattern,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/i, ''),
  });
  return {
    name: 'markdown-files',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>) =>
          context.parseData({
            ...props,
            data: props.filePath ? ((await readFrontmatter(props.filePath)) as TData) : props.data,
          }),
      }),
  };
}
