import type { Op, Revision } from '../core/ops.js';
import type { RevisionGraph } from '../graph/index.js';
import type { Finding } from '../lint/lint.js';
import type { BundleScript, BundleSpec } from '../bundle/build.js';
import { boardHtml } from './board.js';
import { layoutGraph } from './graph-layout.js';
import { esc, highlightSql } from './sql.js';
import { REVIEW_CSS } from './style.js';
import type { Capabilities } from '../dialects/capabilities.js';
import { caps } from '../dialects/registry.js';

export interface ReviewInput {
  spec: BundleSpec;
  graph: RevisionGraph;
  upgrade: BundleScript;
  rollback?: BundleScript;
  irreversible: { revision: string; file: string; reason: string }[];
  perRevision: BundleScript[];
  findings: Finding[];
  /** sha256 of the bundle's other files (this page and the manifest excepted). */
  files: Record<string, string>;
  sources: Record<string, string>;
  templates: Record<string, string>;
  toolVersion: string;
}

/** What the guard does, by the dialect's guard style (its capabilities' `guard`). */
const GUARD_TEXT: Record<Capabilities['guard'], string> = {
  'do-block':
    'The script first takes a session advisory lock (a second run waits until the first ends), then, inside its transaction, ' +
    'a DO block reads the version table and raises an exception naming the expected and found revisions when they differ. ' +
    'With \\set ON_ERROR_STOP on, psql stops there; the transaction is rolled back and nothing changes.',
  prepared:
    'The script takes a named lock with GET_LOCK (it stops after waiting 600 seconds), reads the version table into a session variable, ' +
    'and runs a check through PREPARE/EXECUTE: a no-op when the database is where the script starts, otherwise a statement that fails with ' +
    'a message naming the expected and found revisions. The mysql and mariadb clients stop at the first error when reading a file.',
  'query-only':
    'Inside BEGIN IMMEDIATE (which locks the database for writing) and a savepoint, the script prints the expected and found revisions and ' +
    'inserts them into a temporary table whose CHECK constraint requires them to be equal. With .bail on, sqlite3 stops at the failed ' +
    'constraint and the open transaction is rolled back.',
};

function opLabel(op: Op): string {
  const o = op as unknown as Record<string, unknown>;
  const parts: string[] = [op.op];
  if (typeof o.table === 'string') parts.push(o.table);
  const col = typeof o.column === 'string' ? o.column : (o.column as { name?: string } | undefined)?.name;
  if (col) parts[parts.length - 1] += `.${col}`;
  if (typeof o.name === 'string') parts.push(`(${o.name})`);
  if (op.op === 'rename_table') parts.push(`→ ${op.new_name}`);
  if (op.op === 'alter_column' && op.new_column_name) parts.push(`→ ${op.new_column_name}`);
  return parts.join(' ');
}

function findingHtml(f: Finding): string {
  const waived = f.waived !== undefined;
  return (
    `<div class="finding ${waived ? 'waived' : 'warn'}" data-code="${esc(f.code)}" data-revision="${esc(f.revision)}">` +
    `<span class="code">${esc(f.code)}</span><span class="sev">${waived ? 'waived' : 'warning'}</span> ` +
    `<span class="msg">${esc(f.message)}</span>` +
    (waived ? `<div class="fix">waived: ${esc(f.waived!)}</div>` : `<div class="fix">fix: ${esc(f.fix)}</div>`) +
    `</div>`
  );
}

/** The parts of a node's label in the graph: branch labels and milestones, start/end marks, the message's first line. */
function nodeLabel(rev: Revision, start: ReadonlySet<string>, end: ReadonlySet<string>): { tags: string[]; marks: string[]; msg: string } {
  return {
    tags: [...rev.branch_labels, ...rev.milestones.map((m) => `milestone:${m}`)],
    marks: [start.has(rev.id) ? 'start' : '', end.has(rev.id) ? 'end' : ''].filter(Boolean),
    msg: rev.message.split('\n')[0]!,
  };
}

function graphSvg(g: RevisionGraph, inRange: ReadonlySet<string>, start: ReadonlySet<string>, end: ReadonlySet<string>): string {
  const { rows, columns } = layoutGraph(g);
  const ROW = 30;
  const COL = 24;
  const PAD = 18;
  const textX = PAD + columns * COL + 14;
  // as wide as the longest label needs (about 7.3 units per character at 13px), so that the
  // picture is not scaled down for nothing when it is fitted to the page width
  const labels = new Map(rows.map((r) => [r.rev.id, nodeLabel(r.rev, start, end)]));
  // id, the tags in brackets, room for the marks and gaps (10), the message as shortened below
  const labelChars = Math.max(
    0,
    ...rows.map(({ rev }) => {
      const { tags, msg } = labels.get(rev.id)!;
      return rev.id.length + (tags.length ? tags.join(', ').length + 3 : 0) + 10 + Math.min(msg.length, 72) + 2;
    }),
  );
  const width = Math.max(600, Math.min(1000, Math.ceil(textX + labelChars * 7.3 + 16)));
  const height = rows.length * ROW + PAD * 2 - ROW + 12;
  const pos = new Map(rows.map((r) => [r.rev.id, { x: PAD + r.col * COL, y: PAD + r.row * ROW }]));
  const edges: string[] = [];
  const path = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    a.x === b.x ? `M${a.x} ${a.y}V${b.y}` : `M${a.x} ${a.y}V${b.y - ROW}C${a.x} ${b.y - ROW / 2} ${b.x} ${b.y - ROW / 2} ${b.x} ${b.y}`;
  for (const r of rows) {
    const a = pos.get(r.rev.id)!;
    for (const p of r.rev.down) {
      const b = pos.get(p);
      if (!b) continue;
      const hot = inRange.has(r.rev.id) && (inRange.has(p) || start.has(p));
      edges.push(`<path class="edge${hot ? ' hot' : ''}" d="${path(a, b)}"/>`);
    }
    for (const d of g.dependencies(r.rev.id)) {
      const b = pos.get(d);
      if (!b) continue;
      edges.push(`<path class="edge dep" d="M${a.x} ${a.y}C${a.x + COL * 0.9} ${a.y + ROW} ${b.x + COL * 0.9} ${b.y - ROW} ${b.x} ${b.y}"/>`);
    }
  }
  const nodes: string[] = [];
  for (const r of rows) {
    const { x, y } = pos.get(r.rev.id)!;
    const cls = inRange.has(r.rev.id) ? 'in-range' : start.has(r.rev.id) ? 'start' : 'outside';
    const { tags, marks, msg } = labels.get(r.rev.id)!;
    const short = msg.length > 72 ? `${msg.slice(0, 71)}…` : msg;
    const label =
      `<tspan class="rid">${esc(r.rev.id)}</tspan>` +
      (tags.length ? `<tspan class="tags" dx="8">[${esc(tags.join(', '))}]</tspan>` : '') +
      (marks.length ? `<tspan class="marks" dx="8">${esc(marks.join(' / '))}</tspan>` : '') +
      `<tspan class="rmsg" dx="8">${esc(short)}</tspan>`;
    const text = `<text x="${textX}" y="${y + 4}">${label}</text>`;
    nodes.push(
      `<g class="node ${cls}" data-rev="${esc(r.rev.id)}" data-col="${r.col}" data-row="${r.row}">` +
        `<title>${esc(`${r.rev.id}: ${msg}`)}</title>` +
        `<circle cx="${x}" cy="${y}" r="${inRange.has(r.rev.id) ? 6.5 : 5.5}"/>` +
        (inRange.has(r.rev.id) ? `<a href="#rev-${esc(r.rev.id)}">${text}</a>` : text) +
        `</g>`,
    );
  }
  return (
    `<svg class="graph" role="img" aria-label="revision graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<rect class="band" x="0" y="0" width="${textX - 8}" height="${height}"/>` +
    edges.join('') +
    nodes.join('') +
    `</svg>`
  );
}

/** Text for a CSS string in double quotes, safe inside a <style> element. */
function cssString(s: string): string {
  return s.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

function checksumTable(title: string, entries: Record<string, string>, prefix = ''): string {
  const rows = Object.keys(entries)
    .sort()
    .map((k) => `<tr><td class="path">${esc(prefix + k)}</td><td class="sha">${esc(entries[k]!)}</td></tr>`);
  return `<h3>${esc(title)}</h3><table class="sums"><thead><tr><th>file</th><th>sha256</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function verificationBlock(s: BundleScript): string {
  const v = s.verification;
  const gaps = new Map<string, { reason: string; n: number }>();
  for (const n of v.not_verified) {
    const g = gaps.get(n.gap) ?? { reason: n.reason, n: 0 };
    g.n++;
    gaps.set(n.gap, g);
  }
  const gapRows = [...gaps.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, g]) => `<li><span class="code">${esc(id)}</span> × ${g.n}: ${esc(g.reason)}</li>`)
    .join('');
  return (
    `<div class="verif"><div class="vhead"><span class="path">${esc(s.path)}</span> ` +
    `<span class="pill ok">${v.verified} parsed</span> <span class="pill ${v.not_verified.length ? 'mid' : 'ok'}">${v.not_verified.length} not verified</span> ` +
    `<span class="pill ${v.errors.length ? 'bad' : 'ok'}">${v.errors.length} errors</span></div>` +
    (gapRows ? `<ul class="gaps">${gapRows}</ul>` : '') +
    (v.errors.length ? `<ul class="errors">${v.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>` : '') +
    `</div>`
  );
}

/**
 * The review page: one self-contained HTML file (inline CSS and SVG, no
 * scripts, no external resources; a Content-Security-Policy forbids any
 * request). It shows the revision graph with the range highlighted, each
 * revision's message, source file and SQL with lint findings next to the op
 * they concern, the guard, the rollback, verification and the checksums.
 * Deterministic: the same bundle gives the same bytes.
 */
export function renderReview(r: ReviewInput): string {
  const { spec, upgrade } = r;
  const plan = upgrade.planned.plan;
  const dialectName = caps(spec.dialect).displayName;
  const inRange = new Set(plan.steps.map((s) => s.revision.id));
  const start = new Set(plan.from);
  const end = new Set(plan.heads);
  const open = r.findings.filter((f) => f.waived === undefined);
  const waived = r.findings.length - open.length;
  const verifs = [upgrade, ...(r.rollback ? [r.rollback] : []), ...r.perRevision];
  const notVerified = verifs.reduce((n, s) => n + s.verification.not_verified.length, 0);
  const verifyErrors = verifs.reduce((n, s) => n + s.verification.errors.length, 0);
  const parsed = verifs.reduce((n, s) => n + s.verification.verified, 0);
  const perRevisionFile = new Map(r.perRevision.map((p) => [p.planned.plan.steps[0]!.revision.id, p.path]));
  const heads = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'base');
  const text = upgrade.script.text;
  const firstRev = text.search(/^-- \[1\/\d+\] /m);
  const guardText = (firstRev > 0 ? text.slice(0, firstRev) : text).trimEnd();

  const revisions = upgrade.output.steps
    .map((cs, i) => {
      const rev = cs.step.revision;
      const fs = r.findings.filter((f) => f.revision === rev.id);
      const revLevel = fs.filter((f) => f.opIndex === null || !cs.ops.some((o) => o.index === f.opIndex));
      const tags = [
        ...rev.branch_labels.map((l) => `<span class="chip label">${esc(l)}</span>`),
        ...rev.milestones.map((m) => `<span class="chip ms">${esc(m)}</span>`),
      ];
      if (rev.downgrade === null) tags.push('<span class="chip irrev">irreversible</span>');
      const ops = cs.ops
        .map((o) => {
          const of = fs.filter((f) => f.opIndex === o.index && !revLevel.includes(f));
          const sql = o.statements.map((s) => `${s.sql};`).join('\n');
          return (
            `<div class="op${of.some((f) => f.waived === undefined) ? ' flagged' : ''}" data-op="${o.index}">` +
            `<div class="ophead"><span class="opidx">${esc(o.phase)}[${o.index}]</span> ${esc(opLabel(o.op))}</div>` +
            of.map(findingHtml).join('') +
            `<pre class="sql">${highlightSql(sql)}</pre></div>`
          );
        })
        .join('');
      const versions = cs.versions.map((v) => `${v.sql};`).join('\n');
      const src = r.sources[rev.file];
      return (
        `<article class="rev" id="rev-${esc(rev.id)}" data-rev="${esc(rev.id)}">` +
        `<header><div class="step">${i + 1}/${upgrade.output.steps.length}</div><div class="rtitle"><h3><code>${esc(rev.id)}</code> ${esc(rev.message.split('\n')[0]!)}</h3>` +
        `<div class="rmeta">${tags.join(' ')} <span>parent ${esc(rev.down.length ? rev.down.join(', ') : 'base')}</span>` +
        (rev.depends_on.length ? ` <span>depends on ${esc(rev.depends_on.join(', '))}</span>` : '') +
        (rev.create_date ? ` <span>created ${esc(rev.create_date)}</span>` : '') +
        `</div>` +
        `<div class="rsrc">source <code>${esc(rev.file)}</code>${src ? ` <span class="sha">sha256 ${esc(src.slice(0, 16))}…</span>` : ''}` +
        (perRevisionFile.has(rev.id) ? ` · script <code>${esc(perRevisionFile.get(rev.id)!)}</code>` : '') +
        `</div></div></header>` +
        (rev.message.includes('\n') ? `<p class="long">${esc(rev.message)}</p>` : '') +
        revLevel.map(findingHtml).join('') +
        (ops || '<p class="none">No schema change on this dialect.</p>') +
        `<div class="op version"><div class="ophead">version table</div><pre class="sql">${highlightSql(versions)}</pre></div>` +
        `</article>`
      );
    })
    .join('');

  const findingRows = r.findings
    .map(
      (f) =>
        `<tr class="${f.waived !== undefined ? 'waived' : 'warn'}"><td><span class="code">${esc(f.code)}</span></td>` +
        `<td><a href="#rev-${esc(f.revision)}"><code>${esc(f.revision)}</code></a></td><td>${esc(f.message)}${f.waived !== undefined ? `<div class="fix">waived: ${esc(f.waived)}</div>` : ''}</td></tr>`,
    )
    .join('');

  const rollback = r.rollback
    ? `<p>Every revision in the range can be reversed: <code>${esc(r.rollback.path)}</code> is <code>${esc(r.rollback.title)}</code>, guarded to start at ${esc(heads(plan.heads))}.</p>` +
      `<pre class="sql script">${highlightSql(r.rollback.script.text.trimEnd())}</pre>`
    : `<p class="bad">No rollback script: ${r.irreversible.length} revision${r.irreversible.length === 1 ? '' : 's'} cannot be reversed (see <code>reversibility.txt</code>).</p>` +
      `<ul class="irrev">${r.irreversible.map((x) => `<li><a href="#rev-${esc(x.revision)}"><code>${esc(x.revision)}</code></a> (<code>${esc(x.file)}</code>): ${esc(x.reason)}</li>`).join('')}</ul>`;

  const card = (label: string, value: string, note: string, tone: string) =>
    `<div class="card ${tone}"><div class="clabel">${esc(label)}</div><div class="cvalue">${value}</div><div class="cnote">${note}</div></div>`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Migration review: ${upgrade.title} (${dialectName})`)}</title>
<style>${REVIEW_CSS}
@page{@bottom-left{content:"${cssString(`${upgrade.title} · ${dialectName} · lbaas-db-manage ${r.toolVersion}`)}";font:8pt system-ui,sans-serif;color:#64748b}}</style>
</head>
<body>
<header class="top">
<div class="kicker">LBaaS database · migration review</div>
<h1>${esc(upgrade.title)} <span class="dialect">${esc(dialectName)}</span></h1>
<div class="sub">from <b>${esc(heads(plan.from))}</b> to <b>${esc(heads(plan.heads))}</b> · ${plan.steps.length} revision${plan.steps.length === 1 ? '' : 's'} · version table <code>${esc(spec.versionTable)}</code> · lbaas-db-manage ${esc(r.toolVersion)} · compiled offline from the revision files</div>
</header>
${boardHtml({
  dialect: spec.dialect,
  dialectName,
  graph: r.graph,
  steps: upgrade.output.steps,
  findings: r.findings,
  from: plan.from,
  heads: plan.heads,
  range: spec.range,
  versionTable: spec.versionTable,
  irreversible: r.irreversible,
  ...(r.rollback ? { rollback: { path: r.rollback.path, range: r.rollback.title.replace(/^downgrade /, '') } } : {}),
  ...(spec.ticket !== undefined ? { ticket: spec.ticket } : {}),
  ...(spec.approver !== undefined ? { approver: spec.approver } : {}),
})}
<section class="cards">
${card('Revisions', String(plan.steps.length), `${esc(heads(plan.from))} → ${esc(heads(plan.heads))}`, 'neutral')}
${card('Lint', `${open.length} <small>open</small>`, `${waived} waived`, open.length ? 'warn' : 'good')}
${card('Verification', `${parsed} <small>parsed</small>`, `${notVerified} not verified (parser gaps) · ${verifyErrors} errors`, verifyErrors ? 'bad' : 'good')}
${card('Rollback', r.rollback ? 'available' : 'not possible', r.rollback ? esc(r.rollback.path) : `${r.irreversible.length} irreversible`, r.rollback ? 'good' : 'bad')}
</section>
<nav class="toc"><a href="#board">Change board</a><a href="#graph">Graph</a><a href="#findings">Lint findings</a><a href="#guard">Guard</a><a href="#revisions">Revisions</a><a href="#rollback">Rollback</a><a href="#verification">Verification</a><a href="#checksums">Checksums</a></nav>
<section id="graph"><h2>Revision graph</h2>
<p class="note">Newest first, drawn like <code>lbaas-db-manage history --graph</code>. Filled nodes are the revisions this bundle applies; dashed lines are <code>depends_on</code>.</p>
<div class="graphbox">${graphSvg(r.graph, inRange, start, end)}</div>
<div class="legend"><span><svg viewBox="0 0 14 14" width="14" height="14"><circle class="lg-in" cx="7" cy="7" r="5.5"/></svg> in this bundle</span><span><svg viewBox="0 0 14 14" width="14" height="14"><circle class="lg-start" cx="7" cy="7" r="5"/></svg> start</span><span><svg viewBox="0 0 14 14" width="14" height="14"><circle class="lg-out" cx="7" cy="7" r="5"/></svg> other revisions</span></div>
</section>
<section id="findings"><h2>Lint findings</h2>
${r.findings.length ? `<table class="findings"><thead><tr><th>code</th><th>revision</th><th>finding</th></tr></thead><tbody>${findingRows}</tbody></table>` : '<p class="good">No findings.</p>'}
</section>
<section id="guard"><h2>Guard and session</h2>
<p>${esc(GUARD_TEXT[caps(spec.dialect).guard])}</p>
${spec.guard ? '' : '<p class="bad">This bundle was built with --no-guard: the scripts do not check the starting revisions.</p>'}
${spec.clientDirectives || caps(spec.dialect).clientStopsOnError ? '' : '<p class="bad">Built with --no-client-directives: whatever runs these scripts must stop at the first error by itself.</p>'}
<pre class="sql script">${highlightSql(guardText)}</pre>
</section>
<section id="revisions"><h2>Revisions</h2>
${revisions}
</section>
<section id="rollback"><h2>Rollback</h2>
${rollback}
</section>
<section id="verification"><h2>Verification</h2>
<p class="note">Every statement is parsed with the ${esc(dialectName)} grammar; statements the parser cannot read although the engine accepts them are listed as not verified, with the reason.</p>
${verifs.map(verificationBlock).join('\n')}
</section>
<section id="checksums"><h2>Checksums</h2>
<p class="note">manifest.json holds these too (and this page's own); <code>lbaas-db-manage verify &lt;dir&gt;</code> recomputes them and recompiles the scripts from the sources.</p>
${checksumTable('Bundle files', r.files)}
${checksumTable('Source files', r.sources)}
${checksumTable('Templates', r.templates, 'templates/')}
</section>
<footer>lbaas-db-manage ${esc(r.toolVersion)} · ${esc(upgrade.title)} · ${esc(dialectName)}</footer>
</body>
</html>
`;
}
