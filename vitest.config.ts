import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every client a test starts gets an editor that fails and a pager that copies.
    setupFiles: ['test/support/client-env.ts'],
  },
});
