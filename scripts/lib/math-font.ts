// Noto Sans Math cut into three faces of one family, so that a page with a formula downloads only what its formulas
// use: the whole font is 270 KB, which Lighthouse counts against the first paint of every page with a formula.
// Browsers fetch a face only when the page has a character in its `unicode-range`; `core` holds what most formulas
// are made of, italic variables included (and the space, so that it is the face whose MATH table sets the layout),
// `letters` the other styled alphabets (\mathbb, \mathcal, \mathbf), `symbols` the rest of the font. Run by
// scripts/math-font.ts.
import subsetFont from 'subset-font';

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const codes = (text: string) => [...text].map((character) => character.codePointAt(0)!);

/**
 * What most formulas are written with: ASCII and Latin-1 (words in \text{} too), Greek, the common operators,
 * relations, arrows and accents.
 */
const CORE = [
  ...span(0x20, 0x7e),
  ...span(0xa0, 0xff),
  ...span(0x391, 0x3a9).filter((code) => code !== 0x3a2),
  ...span(0x3b1, 0x3c9),
  ...codes('ϵϑϕϰϱϖ∀∂∃∅∇∈∉∋∏∑−∓∗∘∙√∝∞∣∥∧∨∩∪∫∬∮∼≈≠≡≤≥≪≫⊂⊃⊆⊇⊕⊗⋅⋯⋮⋱…′″‖←→↔⇐⇒⇔↦⟨⟩⌊⌋⌈⌉ˆ˜'),
  ...codes('\u2061\u2062\u2063\u0302\u0303\u0304\u0307\u0308'),
  // Spaces: KaTeX writes \, and its kin as thin and hair spaces.
  ...span(0x2000, 0x200f),
  ...codes('\u202f\u205f\u2060'),
  // The italic letters: browsers show a variable (a one-letter <mi>) in these (CSS's text-transform: math-auto).
  ...span(0x1d434, 0x1d467),
  ...codes('ℎ\u{1d6a4}\u{1d6a5}'),
  ...span(0x1d6e2, 0x1d71b),
];
/**
 * Unicode's Mathematical Alphanumeric Symbols: the letters of \mathbb, \mathcal, \mathfrak, \mathbf and the like
 * (its italic letters are in the core).
 */
const LETTERS = span(0x1d400, 0x1d7ff);

/** The faces: each one's name and code points; `symbols` is everything else below U+30000. */
export function faces(): { name: string; codes: number[] }[] {
  const core = new Set(CORE);
  const letters = LETTERS.filter((code) => !core.has(code));
  const taken = new Set([...core, ...letters]);
  const symbols = span(0, 0x2ffff).filter((code) => !taken.has(code) && (code < 0xd800 || code > 0xdfff));
  return [
    { name: 'core', codes: [...core].toSorted((a, b) => a - b) },
    { name: 'letters', codes: letters },
    { name: 'symbols', codes: symbols },
  ];
}

/** Code points as a CSS `unicode-range`: runs written as `U+41-5A`, single ones as `U+D7`. */
export function unicodeRange(points: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const code of points) {
    const last = runs.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else runs.push([code, code]);
  }
  const hex = (code: number) => code.toString(16).toUpperCase();
  return runs.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

/** The stylesheet that declares the faces (src/styles/math-font.css). */
export function fontFaces(): string {
  const rules = faces().map(
    ({ name, codes: points }) => `@font-face {
  font-family: 'Noto Sans Math';
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url('./fonts/noto-sans-math-${name}.woff2') format('woff2');
  unicode-range: ${unicodeRange(points)};
}
`,
  );
  return `/* Written by \`node scripts/math-font.ts\` from @fontsource/noto-sans-math (SIL Open Font License); do not edit. */\n${rules.join('\n')}`;
}

/** Each face of the font as WOFF2, with the glyphs and the part of the MATH table its characters need. */
export async function subsetFaces(font: Buffer): Promise<{ name: string; bytes: Buffer }[]> {
  return Promise.all(
    faces().map(async ({ name, codes: points }) => ({
      name,
      bytes: await subsetFont(
        font,
        points
          .filter((code) => code > 0x1f)
          .map((code) => String.fromCodePoint(code))
          .join(''),
        {
          targetFormat: 'woff2',
        },
      ),
    })),
  );
}
