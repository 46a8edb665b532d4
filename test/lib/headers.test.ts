import { describe, expect, it } from 'vitest';
import { buildHeadersFile, headersFor, PAGE_POLICY } from '../../src/lib/headers';

describe('buildHeadersFile', () => {
  it('gives one policy for all paths when every page has the same, plus what a meta policy cannot say', () => {
    const file = buildHeadersFile([
      { path: '/', policy: "script-src 'self' 'sha256-a'; style-src 'self'" },
      { path: '/join-us/', policy: "script-src 'self' 'sha256-a'; style-src 'self'" },
    ]);
    const headers = headersFor(file, '/join-us/');
    // The page's own policy (which carries PAGE_POLICY), and what only a header can say.
    expect(headers['Content-Security-Policy']).toBe(
      "script-src 'self' 'sha256-a'; style-src 'self'; frame-ancestors 'none'",
    );
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('leaves nothing a meta policy can say to the header alone', () => {
    expect(PAGE_POLICY).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data: https:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
      ]),
    );
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
