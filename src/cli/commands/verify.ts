import type { Register } from '../command-registry.js';

/** `verify DIR`: check a bundle against its manifest and the current sources; see src/bundle/verify-bundle.ts. */
export const register: Register = (cli, run, globals) => {
  cli
    .command(
      'verify <dir>',
      'Check a bundle: files edited, added or removed since it was written, and whether the current sources still compile to the same bytes',
    )
    .option('--templates <dir>', 'templates directory (default: the templates shipped with the tool)')
    .action((dir: string, o: Record<string, unknown>) =>
      run(async () => {
        const { verifyCommand } = await import('../bundle-run.js');
        return verifyCommand(globals(o), String(dir), { ...(o.templates !== undefined ? { templates: String(o.templates) } : {}) });
      }),
    );
};
