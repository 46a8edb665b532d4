// What a blog post's address and list need that its front matter does not say.
import { formulasAsTex } from './math';

/** al-folio's date prefix on a post's file name: `2024-05-02-our-paper`. */
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-(?=.)/;

/** A post's slug, its address: the file name without al-folio's date prefix (`2024-05-02-our-paper` → `our-paper`). */
export function postSlug(key: string): string {
  return key.replace(DATE_PREFIX, '');
}

/**
 * A tag's address: lowercase letters and digits joined by hyphens (`Machine Learning` → `machine-learning`, `Kausalität`
 * → `kausalitat`); tags that differ only in case or accents share a page.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Minutes to read a text at 220 words a minute, at least 1 (HTML tags aside). */
export function readingMinutes(html: string): number {
  const words = html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / 220));
}

/**
 * The plain text of rendered HTML, as a description: its first paragraph's words (a formula as its TeX), cut after a
 * word near `max`.
 */
export function summaryOf(html: string, max = 200): string {
  const first = /<p[\s>][\s\S]*?<\/p>/.exec(html)?.[0] ?? html;
  const text = formulasAsTex(first)
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–-]+$/, '')}…`;
}
