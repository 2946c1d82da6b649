import type { Dialect } from '../core/dialect.js';
import { stmt } from '../dialects/statement.js';
import type { CreateTableOp, Revision } from '../core/ops.js';
import { compileSteps, type CompileOutput } from './compile.js';
import { assembleScript, type Script } from './script.js';
import { caps } from '../dialects/registry.js';

/**
 * The standalone bootstrap: minimal stand-ins for the external tables the history
 * references (Neutron's ports, agents, flavors and the LBaaS v1 tables), so the
 * whole history can run on a scratch database. On a real Neutron database these
 * tables exist already and this script must not be run; upgrades never create them.
 */
export function compileBootstrap(dialect: Dialect, external: readonly CreateTableOp[], versionTable: string): CompileOutput {
  const rev: Revision = {
    id: 'bootstrap',
    down: [],
    branch_labels: [],
    depends_on: [],
    message: 'stand-ins for external (Neutron) tables',
    create_date: '',
    milestones: [],
    upgrade: [...external],
    downgrade: null,
    waivers: [],
    file: 'versions/external.jsonc',
  };
  return compileSteps({ dialect, external: [], applied: [], steps: [{ revision: rev, direction: 'up', versions: [] }] }, versionTable);
}

/**
 * The bootstrap script, as `bootstrap --sql` prints it and dist-sql ships it: one transaction,
 * after the client directives (psql's ON_ERROR_STOP, sqlite3's .bail on) every script carries,
 * so a failed statement stops the client instead of running on. Undefined script on errors.
 */
export function bootstrapScript(dialect: Dialect, external: readonly CreateTableOp[], versionTable: string): { out: CompileOutput; script?: Script } {
  const out = compileBootstrap(dialect, external, versionTable);
  if (out.diagnostics.some((d) => d.severity === 'error')) return { out };
  const r = out.renderer;
  const script = assembleScript(out, {
    title: 'bootstrap (stand-ins for external tables; scratch databases only)',
    versionTable,
    createVersionTable: false,
    transactionPerMigration: false,
    ...(r.find('client_directives') ? { preamble: [r.render('client_directives', {})] } : {}),
    // The script's text is UTF-8 whatever the client's own setting, as in every other script.
    ...(caps(dialect).sessionTemplates.length ? { session: caps(dialect).sessionTemplates.map((t) => stmt(r, t, {})) } : {}),
  });
  return { out, script };
}
