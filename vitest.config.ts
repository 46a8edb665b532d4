import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Lighthouse measures speed, so it runs on its own after everything else (npm run test:lighthouse).
    exclude: ['**/node_modules/**', ...(process.env.LIGHTHOUSE ? [] : ['e2e/lighthouse.test.ts'])],
    testTimeout: 180_000,
    // Two test files at a time: most of the time goes to builds and browsers, which run in processes of their own.
    maxWorkers: 2,
    hookTimeout: 300_000,
  },
});
