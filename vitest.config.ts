import { defineConfig } from 'vitest/config';

// Vitest collects only *.test.ts; Playwright owns *.spec.ts.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
