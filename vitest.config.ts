import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Many tests run the built program several times or apply scripts on the engines: on a loaded
    // machine 5 s (vitest's default) is not enough for them; a test that hangs still fails.
    testTimeout: 60_000,
    // Every client a test starts gets an editor that fails and a pager that copies.
    setupFiles: ['test/support/client-env.ts'],
  },
});
