import type { Dialect } from '../core/dialect.js';
import type { Op } from '../core/ops.js';
import type { RevisionGraph } from '../graph/index.js';
import { CATEGORY } from '../lint/rules.js';
import type { Finding } from '../lint/lint.js';
import type { CompiledStep } from '../emit/compile.js';
import { esc } from './sql.js';
import { caps } from '../dialects/registry.js';

/**
 * What a change-approval board reads first: what the change does, what it
 * destroys, whether the services must stop, how to apply and back out, how
 * long it may take, and the ticket and approver. Every fact comes from the
 * compiled steps, the graph's branch labels and the lint findings.
 */
export interface BoardInput {
  dialect: Dialect;
  dialectName: string;
  graph: RevisionGraph;
  steps: readonly CompiledStep[];
  findings: readonly Finding[];
  from: readonly string[];
  heads: readonly string[];
  range: string;
  versionTable: string;
  rollback?: { path: string; range: string };
  irreversible: readonly { revision: string; reason: string }[];
  ticket?: string;
  approver?: string;
}

/** Lint codes whose statement rewrites, copies or scans an existing table (its time grows with the table). */
const SIZE_CODES = new Set(['LN010', 'LN012', 'LN013', 'LN014', 'LN020', 'LN021', 'LN022']);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (xs: readonly string[], max = Infinity) =>
  xs
    .slice(0, max)
    .map((x) => `<code>${esc(x)}</code>`)
    .join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');
/** At most this many table names in a sentence (the rest are counted; every one is in the detail below). */
const NAMES = 4;
/** At most this many revision messages in the paragraph. */
const MESSAGES = 12;

/** How the client reads a script file of the bundle (connection options as usual). */
export function clientCommand(dialect: Dialect, file: string): string {
  return caps(dialect).clientCommand(file);
}

function tableOf(op: Op): string | undefined {
  const t = (op as unknown as { table?: unknown }).table;
  return typeof t === 'string' ? t : undefined;
}

export interface BoardFacts {
  created: string[];
  dropped: string[];
  altered: string[];
  counts: Record<string, number>;
  /** Revisions in the range that are not on the expand branch (they need the services stopped). */
  stopFor: { id: string; labels: readonly string[] }[];
  /** Statements whose time depends on the size of an existing table. */
  sized: { revision: string; op: string; table?: string; why: string; statements: number }[];
  dataLoss: { finding: Finding; sql: string[] }[];
}

export function boardFacts(b: BoardInput): BoardFacts {
  const created: string[] = [];
  const dropped: string[] = [];
  const altered = new Set<string>();
  const counts: Record<string, number> = {};
  const sized: BoardFacts['sized'] = [];
  const newTables = new Set<string>();
  for (const cs of b.steps) {
    const rev = cs.step.revision.id;
    const fs = b.findings.filter((f) => f.revision === rev);
    for (const o of cs.ops) {
      const op = o.op;
      counts[op.op] = (counts[op.op] ?? 0) + 1;
      const table = tableOf(op);
      const existing = table !== undefined && !newTables.has(table);
      if (op.op === 'create_table') {
        created.push(op.table);
        newTables.add(op.table);
      } else if (op.op === 'drop_table') {
        dropped.push(op.table);
        newTables.delete(op.table);
      } else if (op.op === 'rename_table') {
        if (newTables.delete(op.table)) newTables.add(op.new_name);
        else altered.add(op.table);
      } else if (table !== undefined && existing && op.op !== 'bulk_insert') {
        altered.add(table);
      }
      if (!existing || o.statements.length === 0) continue;
      const codes = fs.filter((f) => f.opIndex === o.index && SIZE_CODES.has(f.code)).map((f) => f.code);
      let why = '';
      if (codes.length) why = `lint ${[...new Set(codes)].join(', ')}`;
      else if (op.op === 'create_index') why = 'builds an index over the existing rows';
      else if (op.op === 'add_column' && op.column.server_default !== null) why = 'adds a column with a default to existing rows';
      else if (op.op === 'alter_column' && op.type !== undefined) why = 'changes a column type over the existing rows';
      if (why) sized.push({ revision: rev, op: op.op, table: table!, why, statements: o.statements.length });
    }
    for (const o of cs.ops) {
      if (o.op.op === 'execute' && o.statements.length) {
        sized.push({ revision: rev, op: 'execute', why: 'runs SQL over existing data', statements: o.statements.length });
      }
    }
  }
  const stopFor = b.steps
    .map((cs) => cs.step.revision.id)
    .filter((id) => !b.graph.labelsOf(id).includes('expand'))
    .map((id) => ({ id, labels: b.graph.labelsOf(id) }));
  const dataLoss = b.findings
    .filter((f) => CATEGORY[f.code] === 'destructive')
    .map((f) => {
      const cs = b.steps.find((s) => s.step.revision.id === f.revision);
      const o = cs?.ops.find((x) => x.index === f.opIndex);
      return { finding: f, sql: (o?.statements ?? []).map((s) => s.sql) };
    });
  return { created, dropped, altered: [...altered].sort(), counts, stopFor, sized, dataLoss };
}

/** op → [one, many]: what the paragraph counts. */
const OP_WORDS: [string, string, string][] = [
  ['add_column', 'column added', 'columns added'],
  ['drop_column', 'column dropped', 'columns dropped'],
  ['alter_column', 'column altered', 'columns altered'],
  ['create_index', 'index created', 'indexes created'],
  ['drop_index', 'index dropped', 'indexes dropped'],
  ['create_foreign_key', 'foreign key added', 'foreign keys added'],
  ['create_unique_constraint', 'unique constraint added', 'unique constraints added'],
  ['create_check_constraint', 'check constraint added', 'check constraints added'],
  ['drop_constraint', 'constraint dropped', 'constraints dropped'],
  ['rename_table', 'table renamed', 'tables renamed'],
  ['execute', 'SQL statement', 'SQL statements'],
  ['bulk_insert', 'row insert', 'row inserts'],
];

function opCounts(counts: Record<string, number>): string {
  return OP_WORDS.filter(([k]) => counts[k])
    .map(([k, one, many]) => `${counts[k]} ${counts[k] === 1 ? one : many}`)
    .join(', ');
}

/** Data-loss rows in runs of the same waiver (not waived first), each run in page order. */
function lossGroups(rows: BoardFacts['dataLoss']): [string | undefined, BoardFacts['dataLoss']][] {
  const out: [string | undefined, BoardFacts['dataLoss']][] = [];
  for (const r of [...rows.filter((x) => x.finding.waived === undefined), ...rows.filter((x) => x.finding.waived !== undefined)]) {
    const last = out[out.length - 1];
    if (last && last[0] === r.finding.waived) last[1].push(r);
    else out.push([r.finding.waived, [r]]);
  }
  return out;
}

/** A field of the sign-off block: its value, or a blank line to fill by hand. */
function field(label: string, name: string, value: string | undefined): string {
  return (
    `<div class="field" data-field="${name}"><span class="flabel">${esc(label)}</span>` +
    (value !== undefined && value !== '' ? `<span class="fvalue">${esc(value)}</span>` : '<span class="fblank" title="to fill by hand"></span>') +
    `</div>`
  );
}

/** The board's summary section: first on the page, above the cards and the per-statement detail. */
export function boardHtml(b: BoardInput): string {
  const f = boardFacts(b);
  const heads = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'base');
  const n = b.steps.length;
  const msgs = b.steps.map((cs) => cs.step.revision.message.split('\n')[0]!.trim()).filter(Boolean);
  const what: string[] = [];
  what.push(
    `Upgrades the ${esc(b.dialectName)} database from <b>${esc(heads(b.from))}</b> to <b>${esc(heads(b.heads))}</b> through ${plural(n, 'revision')}` +
      (msgs.length
        ? ` (${msgs
            .slice(0, MESSAGES)
            .map((m) => `“${esc(m)}”`)
            .join('; ')}${msgs.length > MESSAGES ? `; and ${msgs.length - MESSAGES} more` : ''})`
        : '') +
      '.',
  );
  const tables: string[] = [];
  if (f.created.length) tables.push(`creates ${plural(f.created.length, 'table')} (${list(f.created, NAMES)})`);
  if (f.dropped.length) tables.push(`drops ${plural(f.dropped.length, 'table')} (${list(f.dropped, NAMES)})`);
  if (f.altered.length) tables.push(`alters ${plural(f.altered.length, 'existing table')} (${list(f.altered, NAMES)})`);
  const counted = opCounts(f.counts);
  if (tables.length || counted) what.push(`It ${tables.length ? tables.join(', ') : 'changes no table'}${counted ? `; ${counted}` : ''}.`);
  else what.push('It changes no table on this dialect (version bookkeeping only).');

  const waivedLoss = f.dataLoss.filter((x) => x.finding.waived !== undefined).length;
  const loss = f.dataLoss.length
    ? `<div class="loss" id="data-loss"><div class="losshead">Data loss: ${plural(f.dataLoss.length, 'destructive statement')}` +
      `${waivedLoss ? ` <small>(${waivedLoss} accepted by a waiver in the revision file, still data loss)</small>` : ''}</div>` +
      `<table class="losstable"><tbody>` +
      lossGroups(f.dataLoss)
        .map(
          ([reason, rows]) =>
            `<tr class="lgroup"><td colspan="3">${reason === undefined ? 'not waived' : `waived in the revision file: ${esc(reason)}`}</td></tr>` +
            rows
              .map(
                ({ finding: x, sql }) =>
                  `<tr data-code="${esc(x.code)}" data-revision="${esc(x.revision)}"${x.waived !== undefined ? ` data-waived="${esc(x.waived)}"` : ''}><td><span class="lcode">${esc(x.code)}</span></td>` +
                  `<td><a href="#rev-${esc(x.revision)}"><code>${esc(x.revision)}</code></a></td>` +
                  `<td>${sql.length ? `<code class="losssql">${esc(sql.map((q) => `${q};`).join(' '))}</code>` : esc(x.message)}</td></tr>`,
              )
              .join(''),
        )
        .join('') +
      `</tbody></table></div>`
    : `<div class="noloss" id="data-loss">No data loss: no statement drops a table, a column or stored values.</div>`;

  const stop = f.stopFor.length
    ? `<div class="decision stop" data-services="stop"><b>Stop the services</b> during the upgrade: ${plural(f.stopFor.length, 'revision')} not on the expand branch ` +
      `(${f.stopFor.map((s) => `<code>${esc(s.id)}</code>${s.labels.length ? ` ${esc(s.labels.join(', '))}` : ''}`).join('; ')}) ` +
      `${f.stopFor.length === 1 ? 'changes' : 'change'} the schema in ways the running services may not accept.</div>`
    : `<div class="decision up" data-services="up"><b>Services can stay up</b>: every revision is on the expand branch (additive changes the running code tolerates).</div>`;

  const target = b.range.includes(':') ? b.range.slice(b.range.indexOf(':') + 1) : b.range;
  const apply = [`${clientCommand(b.dialect, 'upgrade.sql')}`, `lbaas-db-manage upgrade ${target}   # online, with the database connection configured`];
  const back = b.from.length ? [...b.from].sort().join(',') : 'base';
  const backout = b.rollback
    ? `<pre class="cmd">${esc([clientCommand(b.dialect, b.rollback.path), `lbaas-db-manage downgrade ${back}   # online`].join('\n'))}</pre>` +
      `<p class="note"><code>${esc(b.rollback.path)}</code> is <code>downgrade ${esc(b.rollback.range)}</code>, guarded to start at ${esc(heads(b.heads))}.</p>`
    : `<p class="bad" data-backout="none">No back-out: irreversible revision${b.irreversible.length === 1 ? '' : 's'} ${b.irreversible.map((x) => `<code>${esc(x.revision)}</code>`).join(', ')}. Restore from a backup taken before the upgrade.</p>`;

  const dur = f.sized.length
    ? (() => {
        const stmts = f.sized.reduce((n2, x) => n2 + x.statements, 0);
        const tabs = [...new Set(f.sized.map((x) => x.table).filter((t): t is string => t !== undefined))];
        const sqlOnly = f.sized.filter((x) => x.table === undefined).length;
        return (
          `<div class="duration sized" data-duration="table-size"><b>Depends on table size</b>: ${plural(stmts, 'statement')} rewrite or scan existing ` +
          `${tabs.length ? `tables (${list(tabs, NAMES)})` : ''}${tabs.length && sqlOnly ? ' and ' : ''}${sqlOnly ? `data (${plural(sqlOnly, 'SQL op')})` : ''}.</div>` +
          `<ul class="sizedlist">${[...new Set(f.sized.map((x) => x.revision))]
            .map((rev) => {
              const xs = f.sized.filter((x) => x.revision === rev);
              const whys = [...new Set(xs.map((x) => `${x.op}: ${x.why}`))];
              return `<li><a href="#rev-${esc(rev)}"><code>${esc(rev)}</code></a> ${plural(
                xs.reduce((n2, x) => n2 + x.statements, 0),
                'statement',
              )} (${esc(whys.join('; '))})</li>`;
            })
            .join('')}</ul>`
        );
      })()
    : `<div class="duration quick" data-duration="seconds"><b>Seconds</b>: DDL only on empty or new tables; no statement rewrites or scans an existing table.</div>`;

  return `<section class="board" id="board"><h2>For the change board</h2>
<div class="signoff">${field('Ticket', 'ticket', b.ticket)}${field('Approver', 'approver', b.approver)}${field('Date', 'date', undefined)}</div>
<p class="what">${what.join(' ')}</p>
${loss}
<div class="bgrid">
<div class="bcell"><h3>Services</h3>${stop}</div>
<div class="bcell"><h3>Expected duration</h3>${dur}</div>
<div class="bcell"><h3>Apply</h3><pre class="cmd">${esc(apply.join('\n'))}</pre><p class="note">Version table <code>${esc(b.versionTable)}</code>; the script stops, changing nothing, unless the database is at ${esc(heads(b.from))}.</p></div>
<div class="bcell"><h3>Back out</h3>${backout}</div>
</div>
</section>`;
}
