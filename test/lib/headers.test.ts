import { describe, expect, it } from 'vitest';
import { buildHeadersFile, headersFor } from '../../src/lib/headers';

describe('buildHeadersFile', () => {
  it('gives one policy for all paths when every page has the same, plus what a meta policy cannot say', () => {
    const file = buildHeadersFile([
      { path: '/', policy: "script-src 'self' 'sha256-a'; style-src 'self'" },
      { path: '/join-us/', policy: "script-src 'self' 'sha256-a'; style-src 'self'" },
    ]);
    const headers = headersFor(file, '/join-us/');
    expect(headers['Content-Security-Policy']).toBe(
      "script-src 'self' 'sha256-a'; style-src 'self'; default-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('gives each page its own policy when they differ', () => {
    const file = buildHeadersFile([
      { path: '/', policy: "script-src 'sha256-a'" },
      { path: '/search/', policy: "script-src 'sha256-b'" },
    ]);
    expect(headersFor(file, '/search/')['Content-Security-Policy']).toMatch(/^script-src 'sha256-b';/);
    expect(headersFor(file, '/')['Content-Security-Policy']).toMatch(/^script-src 'sha256-a';/);
    expect(headersFor(file, '/other/')['Content-Security-Policy']).toBeUndefined();
  });
});
