import { describe, expect, it } from 'vitest';
import { nextTheme, storedTheme, THEME_SCRIPT } from '../../src/lib/theme';

describe('the theme toggle cycles system → light → dark → system', () => {
  it.each([
    ['system', 'light'],
    ['light', 'dark'],
    ['dark', 'system'],
  ] as const)('%s → %s', (choice, next) => expect(nextTheme(choice)).toBe(next));
});

describe('storedTheme: what was remembered, or system', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'system'],
    ['blue', 'system'],
    ['', 'system'],
  ])('%s → %s', (value, choice) => expect(storedTheme(() => value)).toBe(choice));

  it('is system when storage cannot be read (private windows)', () => {
    expect(
      storedTheme(() => {
        throw new Error('SecurityError');
      }),
    ).toBe('system');
  });
});

describe('the head script', () => {
  it('is small, and survives storage that cannot be read', () => {
    expect(Buffer.byteLength(THEME_SCRIPT)).toBeLessThan(400);
    expect(THEME_SCRIPT).toMatch(/try\{.*localStorage.*\}catch\{\}/);
  });
});
