import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadConfig, DEFAULT_VERSIONS_DIR, type ConfigOverrides, type LbaasConfig } from '../config/config.js';
import { hasErrors, type Diagnostic } from '../core/diagnostics.js';
import { loadHistoryFiles, type LoadedHistory } from '../front/load.js';
import { buildGraph, type RevisionGraph } from '../graph/graph.js';
import type { Workspace } from '../workspace/workspace.js';
import { PACKAGE_ROOT } from '../core/package.js';
import { formatDiagnostics } from './report.js';
import { deferredWarnings, Exit, historyRoot, useColor, type GlobalOptions } from './exit.js';

export { Exit, useColor, type GlobalOptions } from './exit.js';

export { PACKAGE_ROOT } from '../core/package.js';

/**
 * Everything a command needs, loaded once and lazily: configuration, the
 * revision files, the graph. Warnings are printed to stderr as they appear;
 * errors stop the command with exit code 1.
 */
export class Context implements Workspace {
  readonly config: LbaasConfig;
  /** Root that revision file names are relative to. */
  readonly root: string;
  readonly versionsRel: string;
  private history?: LoadedHistory;
  private graphValue?: RevisionGraph;

  constructor(
    readonly opts: GlobalOptions,
    readonly env: NodeJS.ProcessEnv = process.env,
    readonly cwd = process.cwd(),
  ) {
    const overrides: ConfigOverrides = {
      ...(opts.databaseConnection !== undefined ? { connection: opts.databaseConnection } : {}),
      ...(opts.dialect ? { dialect: opts.dialect } : {}),
      ...(opts.versionTable ? { versionTable: opts.versionTable } : {}),
      ...(opts.versions ? { versionsDir: opts.versions } : {}),
    };
    const { config, diagnostics } = loadConfig({ ...(opts.configFile ? { configFile: opts.configFile } : {}), env, cwd, overrides });
    this.warn(diagnostics);
    if (hasErrors(diagnostics)) throw new Exit(1, diagnostics);
    this.config = config;
    // With nothing configured and no ./versions here, use the history shipped with the tool.
    const configured = opts.versions !== undefined || config.versionsDir !== DEFAULT_VERSIONS_DIR;
    if (!configured && !existsSync(config.versionsPath)) {
      this.root = PACKAGE_ROOT;
      this.versionsRel = 'versions';
    } else {
      this.root = cwd;
      this.versionsRel = isAbsolute(config.versionsDir) ? relative(cwd, config.versionsDir) || '.' : config.versionsDir;
    }
    historyRoot.value = this.root;
  }

  get versionsPath(): string {
    return resolve(this.root, this.versionsRel);
  }

  warn(ds: readonly Diagnostic[]): void {
    const notErrors = ds.filter((d) => d.severity !== 'error');
    if (notErrors.length === 0 || this.opts.quiet) return;
    if (this.opts.json) deferredWarnings.push(...notErrors);
    else process.stderr.write(formatDiagnostics(notErrors, this.root ?? this.cwd, useColor(this.env, process.stderr)));
  }

  color(stream: NodeJS.WriteStream): boolean {
    return useColor(this.env, stream);
  }

  /** The revision files, validated; exits on errors. */
  loaded(): LoadedHistory {
    if (!this.history) {
      this.history = loadHistoryFiles(this.root, this.versionsRel);
      this.warn(this.history.diagnostics);
      if (hasErrors(this.history.diagnostics)) throw new Exit(1, this.history.diagnostics);
    }
    return this.history;
  }

  /** The revision graph; exits on errors. */
  graph(): RevisionGraph {
    if (!this.graphValue) {
      const { graph, diagnostics } = buildGraph(this.loaded().revisions);
      this.warn(diagnostics);
      if (hasErrors(diagnostics)) throw new Exit(1, diagnostics);
      this.graphValue = graph;
    }
    return this.graphValue;
  }
}
