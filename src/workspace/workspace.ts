import type { LbaasConfig } from '../config/config.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { LoadedHistory } from '../front/load.js';
import type { RevisionGraph } from '../graph/index.js';

/**
 * What a feature (offline and online runs, dist-sql, inspect, check_migration, populate, revision
 * authoring) needs of the project it works on: the configuration, where the history is, the
 * history and its graph loaded once, and where warnings go. The command line's Context
 * (src/cli/context.ts) is one; a feature never reaches into the command line for it.
 */
export interface Workspace {
  readonly config: LbaasConfig;
  /** Root that revision file names are relative to. */
  readonly root: string;
  readonly versionsRel: string;
  readonly versionsPath: string;
  /** The directory relative paths given by the user are resolved against. */
  readonly cwd: string;
  /** The output options every command shares. */
  readonly opts: { readonly json?: boolean; readonly quiet?: boolean; readonly dialect?: string };
  /** Reports warnings (the command line prints them, or keeps them for its JSON document). */
  warn(ds: readonly Diagnostic[]): void;
  /** Whether text written to the stream may be coloured. */
  color(stream: NodeJS.WriteStream): boolean;
  /** The revision files, validated; throws a DiagnosticError on errors. */
  loaded(): LoadedHistory;
  /** The revision graph; throws a DiagnosticError on errors. */
  graph(): RevisionGraph;
}
