import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // A browser test waits up to 10 s for what the page does (Pagefind loads its index on the first keystroke): the
    // machine may be busy with a build.
    expect: { poll: { timeout: 10_000 } },
    // Two test files at a time: the builds run in the build queue's processes (test/setup/builds.ts), two at a time.
    maxWorkers: 2,
    projects: [
      // The pure functions: milliseconds each, no build (npm run test:unit).
      { extends: true, test: { name: 'unit', include: ['test/lib/**/*.test.ts'] } },
      // Built sites: their HTML, the error messages, the gates, and the few tests that need a browser.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/*.test.ts', 'e2e/*.test.ts'],
          exclude: ['e2e/lighthouse.test.ts'],
          globalSetup: ['test/setup/builds.ts'],
        },
      },
      // Lighthouse measures speed, so it runs alone, after everything else (on a site the run built already).
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: ['e2e/lighthouse.test.ts'],
          globalSetup: ['test/setup/builds.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
