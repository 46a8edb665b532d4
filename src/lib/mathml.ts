// KaTeX's MathML made fit for MathML Core, the part of MathML that Chromium, Firefox and Safari all lay out the same.

/** Where each style's capital A is in Unicode's Mathematical Alphanumeric Symbols; its small a comes 26 later. */
const LATIN: Record<string, number> = {
  bold: 0x1d400,
  italic: 0x1d434,
  'bold-italic': 0x1d468,
  script: 0x1d49c,
  'bold-script': 0x1d4d0,
  fraktur: 0x1d504,
  'double-struck': 0x1d538,
  'bold-fraktur': 0x1d56c,
  'sans-serif': 0x1d5a0,
  'bold-sans-serif': 0x1d5d4,
  'sans-serif-italic': 0x1d608,
  'sans-serif-bold-italic': 0x1d63c,
  monospace: 0x1d670,
};

/** Where each style's capital Alpha is; its small alpha comes 26 later, and the symbols below after that. */
const GREEK: Record<string, number> = {
  bold: 0x1d6a8,
  italic: 0x1d6e2,
  'bold-italic': 0x1d71c,
  'bold-sans-serif': 0x1d756,
  'sans-serif-bold-italic': 0x1d790,
};

/** The Greek symbols that follow the small letters in each style, in their order there (∇ comes after Omega). */
const GREEK_SYMBOLS = '∂ϵϑϰϕϱϖ';

/** Where each style's digit zero is. */
const DIGITS: Record<string, number> = {
  bold: 0x1d7ce,
  'double-struck': 0x1d7d8,
  'sans-serif': 0x1d7e2,
  'bold-sans-serif': 0x1d7ec,
  monospace: 0x1d7f6,
};

/** Letters that Unicode had before that block, whose places in it are left empty. */
const EARLIER: Record<string, string> = {
  'italic h': 'ℎ',
  'script B': 'ℬ',
  'script E': 'ℰ',
  'script F': 'ℱ',
  'script H': 'ℋ',
  'script I': 'ℐ',
  'script L': 'ℒ',
  'script M': 'ℳ',
  'script R': 'ℛ',
  'script e': 'ℯ',
  'script g': 'ℊ',
  'script o': 'ℴ',
  'fraktur C': 'ℭ',
  'fraktur H': 'ℌ',
  'fraktur I': 'ℑ',
  'fraktur R': 'ℜ',
  'fraktur Z': 'ℨ',
  'double-struck C': 'ℂ',
  'double-struck H': 'ℍ',
  'double-struck N': 'ℕ',
  'double-struck P': 'ℙ',
  'double-struck Q': 'ℚ',
  'double-struck R': 'ℝ',
  'double-struck Z': 'ℤ',
};

/** One character in a style (`R` double-struck is `ℝ`), or the character itself when Unicode has no such letter. */
export function styledCharacter(character: string, variant: string): string {
  const code = character.codePointAt(0)!;
  const at = (start: number | undefined, offset: number) =>
    start === undefined ? character : String.fromCodePoint(start + offset);
  if (EARLIER[`${variant} ${character}`]) return EARLIER[`${variant} ${character}`]!;
  if (/[A-Z]/.test(character)) return at(LATIN[variant], code - 0x41);
  if (/[a-z]/.test(character)) return at(LATIN[variant], code - 0x61 + 26);
  if (/[0-9]/.test(character)) return at(DIGITS[variant], code - 0x30);
  if (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) return at(GREEK[variant], code - 0x391);
  if (character === '∇') return at(GREEK[variant], 25);
  if (code >= 0x3b1 && code <= 0x3c9) return at(GREEK[variant], code - 0x3b1 + 26);
  const symbol = GREEK_SYMBOLS.indexOf(character);
  return symbol < 0 ? character : at(GREEK[variant], 51 + symbol);
}

/**
 * KaTeX's MathML as browsers lay it out: MathML Core ignores `mathvariant` (`\mathbb{R}` would show as an italic R),
 * so those letters become Unicode's own (`ℝ`, `𝐱`, `𝔤`); the bars of `\lvert`, `\lVert` and the like open and close
 * without the space around a relation (`‖x‖`, not `‖ x ‖`); and `\hat` and `\tilde` take the accents that math fonts
 * place close above a letter (KaTeX writes the ASCII `^` and `~`, which sit high above it).
 */
export function forMathMLCore(mathml: string): string {
  return mathml
    .replace(
      /<(mi|mn) mathvariant="(?!normal")([a-z-]+)">([^<]*)<\/\1>/g,
      (_, tag: string, variant: string, text: string) =>
        `<${tag}>${text.replace(/&[^;]+;|[\s\S]/gu, (character) => (character.startsWith('&') ? character : styledCharacter(character, variant)))}</${tag}>`,
    )
    .replace(/<mo stretchy="false">([∣∥])<\/mo>/g, '<mo lspace="0em" rspace="0em" stretchy="false">$1</mo>')
    .replace(/<mo>\^<\/mo><\/mover>/g, '<mo>ˆ</mo></mover>')
    .replace(/<mo>~<\/mo><\/mover>/g, '<mo>˜</mo></mover>')
    .replace(/<mo stretchy="true">\^<\/mo><\/mover>/g, '<mo stretchy="true">\u0302</mo></mover>')
    .replace(/<mo stretchy="true">~<\/mo><\/mover>/g, '<mo stretchy="true">\u0303</mo></mover>');
}
