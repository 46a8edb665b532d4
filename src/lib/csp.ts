import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/** A script's hash, as the Content-Security-Policy allows it: `sha256-…`. */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

/**
 * A script of src/scripts as it is inlined in a page: compiled from TypeScript, minified, and wrapped in a function
 * of its own (so that two copies on one page never clash). The same source always gives the same code, so the hash
 * that astro.config.mjs computes from the file matches what the page carries.
 */
export function inlineScript(source: string): string {
  let code = compiled.get(source);
  if (code === undefined) {
    code = transformSync(source, { loader: 'ts', format: 'iife', minify: true, target: 'es2020' }).code.trim();
    compiled.set(source, code);
  }
  return code;
}

/** Compiled once per build, not once per page that shows positions. */
const compiled = new Map<string, string>();
