import { describe, expect, it } from 'vitest';
import { forMathMLCore, styledCharacter } from '../../src/lib/mathml';

describe('a character in a style', () => {
  it.each([
    ['R', 'double-struck', 'ℝ'],
    ['E', 'double-struck', '𝔼'],
    ['1', 'double-struck', '𝟙'],
    ['x', 'bold', '𝐱'],
    ['Z', 'bold', '𝐙'],
    ['7', 'bold', '𝟕'],
    ['L', 'script', 'ℒ'],
    ['A', 'script', '𝒜'],
    ['g', 'fraktur', '𝔤'],
    ['H', 'fraktur', 'ℌ'],
    ['h', 'italic', 'ℎ'],
    ['A', 'sans-serif', '𝖠'],
    ['x', 'monospace', '𝚡'],
    ['α', 'bold-italic', '𝜶'],
    ['Γ', 'bold', '𝚪'],
    ['ω', 'bold', '𝛚'],
    ['∇', 'bold', '𝛁'],
    ['ϕ', 'bold-italic', '𝝓'],
    // Unicode has no double-struck Greek letter or bold plus sign: the character stays.
    ['α', 'double-struck', 'α'],
    ['+', 'bold', '+'],
  ])('%s in %s is %s', (character, variant, styled) => {
    expect(styledCharacter(character, variant)).toBe(styled);
  });
});

describe('MathML Core', () => {
  it.each([
    ['<mi mathvariant="double-struck">R</mi>', '<mi>ℝ</mi>'],
    ['<mn mathvariant="bold">12</mn>', '<mn>𝟏𝟐</mn>'],
    ['<mi mathvariant="bold">a&amp;b</mi>', '<mi>𝐚&amp;𝐛</mi>'],
    // Upright is the one variant browsers know; text keeps its variant for the stylesheet.
    ['<mi mathvariant="normal">d</mi>', '<mi mathvariant="normal">d</mi>'],
    ['<mtext mathvariant="bold">bold</mtext>', '<mtext mathvariant="bold">bold</mtext>'],
    // \lVert x \rVert opens and closes; \parallel and \mid stay relations.
    ['<mo stretchy="false">∥</mo>', '<mo lspace="0em" rspace="0em" stretchy="false">∥</mo>'],
    ['<mo stretchy="false">∣</mo>', '<mo lspace="0em" rspace="0em" stretchy="false">∣</mo>'],
    ['<mo>∥</mo>', '<mo>∥</mo>'],
    // \hat, \tilde, \widehat, \widetilde; a caret elsewhere stays.
    ['<mover accent="true"><mi>y</mi><mo>^</mo></mover>', '<mover accent="true"><mi>y</mi><mo>ˆ</mo></mover>'],
    ['<mover accent="true"><mi>x</mi><mo>~</mo></mover>', '<mover accent="true"><mi>x</mi><mo>˜</mo></mover>'],
    ['<mo stretchy="true">^</mo></mover>', '<mo stretchy="true">\u0302</mo></mover>'],
    ['<mo stretchy="true">~</mo></mover>', '<mo stretchy="true">\u0303</mo></mover>'],
    ['<mtext>^</mtext>', '<mtext>^</mtext>'],
  ])('%s → %s', (mathml, core) => {
    expect(forMathMLCore(mathml)).toBe(core);
  });
});
