import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { faces, fontFaces, subsetFaces, unicodeRange } from '../../scripts/lib/math-font';

describe("the formulas' font", () => {
  it('writes code points as CSS ranges', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xd7, 0x391, 0x392])).toBe('U+20-22, U+D7, U+391-392');
    expect(unicodeRange([])).toBe('');
  });

  it('gives every character to exactly one face, the space to the core', () => {
    const [core, letters, symbols] = faces();
    const all = [...core!.codes, ...letters!.codes, ...symbols!.codes];
    expect(new Set(all).size).toBe(all.length);
    expect(core!.codes).toContain(0x20);
    // ℝ (\mathbb{R} as Unicode has it) and 𝐱 (\mathbf{x}): one face each, not the core.
    expect(symbols!.codes).toContain('ℝ'.codePointAt(0));
    expect(letters!.codes).toContain('𝐱'.codePointAt(0));
    // 𝑝: a variable, which browsers show in the italic letter.
    for (const character of '∑∫√=≤θα\u2009𝑝𝜃') expect(core!.codes).toContain(character.codePointAt(0));
  });

  it("keeps the font's MATH table (stretchy brackets, big operators, roots) for the glyphs of a face", async () => {
    const font = await readFile('node_modules/@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2');
    const sfnt = await subsetFont(font, 'x∑∫√()', { targetFormat: 'truetype' });
    const tables = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) =>
      sfnt.toString('latin1', 12 + 16 * i, 16 + 16 * i),
    );
    expect(tables).toContain('MATH');
  });

  it('is up to date: math-font.css and the faces are what scripts/math-font.ts writes (run it if not)', async () => {
    expect(await readFile('src/styles/math-font.css', 'utf8')).toBe(fontFaces());
    const font = await readFile('node_modules/@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2');
    for (const { name, bytes } of await subsetFaces(font)) {
      const committed = await readFile(`src/styles/fonts/noto-sans-math-${name}.woff2`);
      expect(committed.length, name).toBe(bytes.length);
    }
  });
});
