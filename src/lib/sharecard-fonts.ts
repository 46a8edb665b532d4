// The share cards' fonts, from the npm packages @fontsource/inter, @fontsource/noto-sans-sc and
// @fontsource/noto-sans-kr (SIL Open Font License). Every card has Inter's Latin letters; a card whose text needs
// more gets only what it needs: Inter's Greek, Cyrillic or Vietnamese letters, and for Chinese and Japanese (Noto
// Sans SC) or Korean (Noto Sans KR) the slices (a few hundred characters each) its characters are in. Emoji are left
// out of the cards.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font, FontWeight } from 'satori';
import interUnicode from '@fontsource/inter/unicode.json' with { type: 'json' };
import koreanUnicode from '@fontsource/noto-sans-kr/unicode.json' with { type: 'json' };
import chineseUnicode from '@fontsource/noto-sans-sc/unicode.json' with { type: 'json' };

export const FONT = 'Inter';

type Ranges = [number, number][];

/** `U+0370-03ff,U+1f00` → [[0x370, 0x3ff], [0x1f00, 0x1f00]] (the ranges in fontsource's unicode.json). */
export function parseRanges(text: string): Ranges {
  return text.split(',').map((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

const within = (ranges: Ranges, code: number) => ranges.some(([from, to]) => code >= from && code <= to);

/** Inter's subsets: the two every card has, then the fallbacks, in the order they are tried. */
const BASE = ['latin', 'latin-ext'] as const;
const INTER_FALLBACKS = ['greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;
const INTER_RANGES = Object.fromEntries(
  Object.entries(interUnicode as Record<string, string>).map(([subset, ranges]) => [subset, parseRanges(ranges)]),
);
/** A Noto package's slices: `[116]` → `sc-116` and the ranges of noto-sans-sc-116-*.woff. */
const slices = (language: 'sc' | 'kr', unicode: Record<string, string>) =>
  Object.entries(unicode).map(
    ([slice, ranges]) => [`${language}-${slice.replace(/\D/g, '')}`, parseRanges(ranges)] as const,
  );
const CHINESE = slices('sc', chineseUnicode);
const KOREAN = slices('kr', koreanUnicode);

/**
 * What Noto Sans SC draws on a card: Chinese and Japanese, and symbols and punctuation. Its slices list letters of
 * other scripts too (Arabic, Korean), which it draws unjoined, or not at all: Korean is Noto Sans KR's, the others
 * count as missing.
 */
const CHINESE_DRAWS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{S}\p{P}\p{N}]/u;
const KOREAN_DRAWS = /\p{Script=Hangul}/u;

/**
 * Emoji (Unicode's recommended emoji, sequences and flags included), left out of a card: no font for them is shipped.
 * Symbols that are emoji only with a variation selector (©, ™, ↔) stay, as text.
 */
const EMOJI = new RegExp('\\p{RGI_Emoji}', 'gv');

/** A card's text as it is drawn: composed (a pasted "c\u0327" is "ç"), without emoji and the spaces they leave. */
export function withoutEmoji(text: string): string {
  return text
    .normalize('NFC')
    .replace(EMOJI, '')
    .replace(/[\uFE0F\u200D\u20E3]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Which font files a card's text needs beyond Inter's Latin letters, and the characters no font has. */
export function fontsNeeded(text: string): { inter: string[]; noto: string[]; missing: string[] } {
  const inter = new Set<string>();
  const notos = new Set<string>();
  const missing = new Set<string>();
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0)!;
    if (/\s/.test(character) || BASE.some((subset) => within(INTER_RANGES[subset]!, code))) continue;
    const subset = INTER_FALLBACKS.find((name) => within(INTER_RANGES[name]!, code));
    const noto = subset ? [] : KOREAN_DRAWS.test(character) ? KOREAN : CHINESE_DRAWS.test(character) ? CHINESE : [];
    const slice = noto.find(([, ranges]) => within(ranges, code))?.[0];
    if (subset) inter.add(subset);
    else if (slice) notos.add(slice);
    else missing.add(character);
  }
  return { inter: [...inter].sort(), noto: [...notos].sort(), missing: [...missing] };
}

const resolve = createRequire(import.meta.url).resolve;
const files = new Map<string, Buffer>();
/** A font file of a fontsource package, read once per build. */
function fontFile(path: string): Buffer {
  let data = files.get(path);
  if (!data) files.set(path, (data = readFileSync(resolve(path))));
  return data;
}

const interFont = (subset: string, weight: FontWeight): Font => ({
  // Each file is a family of its own: satori keeps one file per family and weight, and falls back from family to
  // family for a missing letter.
  name: subset === 'latin' ? FONT : `${FONT} ${subset}`,
  data: fontFile(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
  weight,
});

/** Inter in the three weights the cards use, Latin and Latin Extended: what every card is drawn with. */
export function baseFonts(): Font[] {
  return BASE.flatMap((subset) => ([400, 600, 700] as const).map((weight) => interFont(subset, weight)));
}

/** The fallback fonts for a card's text (see `fontsNeeded`), named so that the worker can keep them. */
export function fallbackFonts(needed: { inter: string[]; noto: string[] }): Font[] {
  return [
    ...needed.inter.flatMap((subset) => ([400, 600, 700] as const).map((weight) => interFont(subset, weight))),
    // Noto Sans in two weights: satori draws 600 with the nearer one.
    ...needed.noto.flatMap((slice) => {
      const [language, number] = slice.split('-');
      return ([400, 700] as const).map((weight) => ({
        name: `Noto Sans ${slice}`,
        data: fontFile(`@fontsource/noto-sans-${language}/files/noto-sans-${language}-${number}-${weight}-normal.woff`),
        weight,
      }));
    }),
  ];
}
