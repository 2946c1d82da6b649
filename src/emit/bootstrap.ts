import type { Dialect } from '../core/dialect.js';
import type { CreateTableOp, Revision } from '../core/ops.js';
import { compileSteps, type CompileOutput } from './compile.js';

/**
 * The standalone bootstrap: minimal stand-ins for the external tables the history
 * references (Neutron's ports, agents, flavors and the LBaaS v1 tables), so the
 * whole history can run on a scratch database. On a real Neutron database these
 * tables exist already and this script must not be run; upgrades never create them.
 */
export function compileBootstrap(dialect: Dialect, external: readonly CreateTableOp[], versionTable: string): CompileOutput {
  const rev: Revision = {
    id: 'bootstrap', down: [], branch_labels: [], depends_on: [], message: 'stand-ins for external (Neutron) tables',
    create_date: '', milestones: [], upgrade: [...external], downgrade: null, waivers: [], file: 'versions/external.jsonc',
  };
  return compileSteps({ dialect, external: [], applied: [], steps: [{ revision: rev, direction: 'up', versions: [] }] }, versionTable);
}
