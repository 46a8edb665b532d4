import { createHash } from 'node:crypto';
import { POSITION_GUARD } from './guard.ts';
import { THEME_SCRIPT } from './theme.ts';

/** A script's hash, as the Content-Security-Policy allows it: `sha256-…`. */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

/**
 * The inline scripts that must run before the first paint, allowed by their hashes (no `unsafe-inline`): the
 * theme script in every <head> and the deadline guard after each list of positions.
 */
export const INLINE_SCRIPT_HASHES = [scriptHash(THEME_SCRIPT), scriptHash(POSITION_GUARD)];
