import { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';

/*
 * What every command shares and the entry point needs before any command module loads:
 * kept apart from context.ts so that `--help` and `--version` load no more than this.
 */

/**
 * Raised by the command line to stop with diagnostics and an exit status (its `status`). Library code
 * throws the DiagnosticError it extends; the entry point maps both the same way.
 */
export class Exit extends DiagnosticError {}

/**
 * With --json, warnings are not printed as they come: they are kept here and printed once, as one
 * JSON document on stderr (`{"ok": ..., "diagnostics": [...]}`) with any error, so that a command
 * prints one JSON document on stdout and at most one on stderr.
 */
export const deferredWarnings: Diagnostic[] = [];

/** The root the loaded history's file names are relative to, once a command has loaded it (for the printed diagnostics). */
export const historyRoot: { value?: string } = {};

export interface GlobalOptions {
  configFile?: string | string[];
  /** `--database-connection`: wins over the environment and the config file, as in neutron-db-manage. */
  databaseConnection?: string;
  dialect?: string;
  versionTable?: string;
  versions?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR. */
export function useColor(env: NodeJS.ProcessEnv, stream: NodeJS.WriteStream): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}
