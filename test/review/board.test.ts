/**
 * The change-board summary at the top of review.html: first on the page, data loss listed
 * (waived statements too), stop/stay-up decided from the range's branches, apply and back-out
 * commands, duration class, ticket and approver (escaped, recorded in the manifest, covered by
 * `verify`). Checked on the written bytes and, for "on the first screen", in headless Chromium.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCI } from '../support/engines.js';
import { cli, cliOk } from '../guard/clients.js';
import { chromium, chromiumAvailable } from './chromium.js';

const tmp = mkdtempSync(join(tmpdir(), 'lbaas-board-'));
const TICKET = '<script>alert(1)</script>';
const APPROVER = `O'Brien & "Ops" 007`;
const contract = join(tmp, 'contract');
const expand = join(tmp, 'expand');
const fresh = join(tmp, 'fresh');

interface Manifest {
  board?: { ticket?: string; approver?: string };
  lint: { findings: { code: string; revision: string; waived?: string }[] };
  files: Record<string, string>;
}
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const manifestOf = (dir: string) => JSON.parse(read(dir, 'manifest.json')) as Manifest;
const board = (html: string) => /<section class="board" id="board">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
/** Text as the page shows it (tags dropped, entities decoded). */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(() => {
  cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', contract, '--ticket', TICKET, '--approver', APPROVER]);
  // what `upgrade kilo: --expand` runs
  cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:expand@head', '--out', expand]);
  // new tables only: nothing to rewrite or scan
  cliOk(['--dialect', 'sqlite', 'bundle', 'start_neutron_lbaas:lbaasv2', '--out', fresh]);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('change-board summary in review.html', () => {
  it('is the first section of the page, above the cards and the per-statement detail (which is still there)', () => {
    const html = read(contract, 'review.html');
    const body = html.slice(html.indexOf('<body>'));
    const first = /<section[^>]*>/.exec(body)![0];
    expect(first).toBe('<section class="board" id="board">');
    expect(body.indexOf('id="board"')).toBeLessThan(body.indexOf('<section class="cards">'));
    expect(body.indexOf('id="board"')).toBeLessThan(body.indexOf('<section id="revisions">'));
    for (const id of manifestOf(contract).lint.findings.map((f) => f.revision)) expect(body).toContain(`<article class="rev" id="rev-${id}"`);
  });

  it('says what the change does in one paragraph, from the messages and the ops', () => {
    const what = text(/<p class="what">([\s\S]*?)<\/p>/.exec(read(contract, 'review.html'))![1]!);
    expect(what).toContain('Upgrades the PostgreSQL database from kilo to c47fda60c1b8, e6417a8b114d through 11 revisions');
    expect(what).toContain('“Drop v1 tables”');
    expect(what).toMatch(/creates 11 tables \(lbaas_l7policies/);
    expect(what).toMatch(/drops 11 tables \(nsxv_edge_pool_mappings/);
    expect(what).toMatch(/alters \d+ existing tables/);
    expect(what).toMatch(/13 indexes created/);
    // a long range names its first twelve messages and counts the rest
    const all = join(tmp, 'all');
    cliOk(['--dialect', 'sqlite', 'bundle', 'heads', '--out', all]);
    const long = text(/<p class="what">([\s\S]*?)<\/p>/.exec(read(all, 'review.html'))![1]!);
    expect(long).toContain('through 19 revisions (“start neutron-lbaas chain”;');
    expect(long).toContain('; and 7 more)');
    // statements no waiver covers come first, under "not waived"
    const b = board(read(all, 'review.html'));
    const loss =
      /<table class="losstable"><tbody><tr class="lgroup"><td colspan="3">not waived<\/td><\/tr>((?:<tr data-code[\s\S]*?<\/tr>)+?)<tr class="lgroup">/.exec(b);
    expect(loss, 'a "not waived" group first').not.toBeNull();
    expect(loss![1]).toContain('data-code="LN002" data-revision="4deef6d81931">');
    expect(loss![1]).not.toContain('data-waived=');
  });

  it('lists every destructive statement with its revision, waived ones too with the reason', () => {
    const b = board(read(contract, 'review.html'));
    const destructive = manifestOf(contract).lint.findings.filter((f) => /^LN00[1-4]$/.test(f.code));
    expect(destructive.length).toBe(11);
    expect(b).toContain(`Data loss: ${destructive.length} destructive statements`);
    const rows = [...b.matchAll(/<tr data-code="(LN00\d)" data-revision="([^"]+)"( data-waived="[^"]*")?>([\s\S]*?)<\/tr>/g)];
    expect(rows.map((r) => [r[1], r[2]])).toEqual(destructive.map((f) => [f.code, f.revision]));
    for (const r of rows) expect(r[4]).toMatch(/DROP TABLE &quot;\w+&quot;;/);
    expect(rows.every((r) => r[3] !== undefined)).toBe(true);
    expect(text(b)).toContain(`waived in the revision file: ${destructive[0]!.waived}`);
    expect(b).not.toContain('class="noloss"');
    // a range without drops says so
    expect(board(read(expand, 'review.html'))).toContain('<div class="noloss" id="data-loss">');
  });

  it('contract range: stop the services, naming the revisions not on the expand branch; no back-out, naming the irreversible revision', () => {
    const b = board(read(contract, 'review.html'));
    const stop = /<div class="decision stop" data-services="stop">([\s\S]*?)<\/div>/.exec(b);
    expect(stop).not.toBeNull();
    for (const id of ['130ebfdef43', '4b4dc6d5d843', 'e6417a8b114d']) expect(stop![1]).toContain(`<code>${id}</code>`);
    expect(stop![1]).not.toContain('3345facd0452');
    expect(b).not.toContain('data-services="up"');
    expect(text(b)).toContain('No back-out: irreversible revision e6417a8b114d.');
    expect(text(b)).toContain('psql -X -d lbaas -f upgrade.sql');
    expect(text(b)).toContain('lbaas-db-manage upgrade heads');
  });

  it('expand-only range (upgrade kilo: --expand): services stay up; back-out commands for rollback.sql', () => {
    const b = board(read(expand, 'review.html'));
    expect(b).toContain('data-services="up"');
    expect(b).not.toContain('data-services="stop"');
    expect(text(b)).toContain('psql -X -d lbaas -f rollback.sql');
    expect(text(b)).toContain('lbaas-db-manage downgrade kilo');
    expect(text(b)).toContain('lbaas-db-manage upgrade expand@head');
    expect(b).not.toContain('data-backout="none"');
  });

  it('duration: table size when statements rewrite or scan existing tables, seconds on new tables only', () => {
    const c = board(read(contract, 'review.html'));
    expect(c).toContain('data-duration="table-size"');
    // the LN010 indexes of 4b4dc6d5d843 on existing tables are counted
    expect(text(c)).toMatch(/4b4dc6d5d843 \d+ statements \(create_index: lint LN010\)/);
    const f = board(read(fresh, 'review.html'));
    expect(f).toContain('data-duration="seconds"');
    expect(text(f)).toContain('sqlite3 lbaas.db < upgrade.sql');
  });

  it('ticket and approver: escaped on the page, recorded in the manifest; blank fields when not given', () => {
    const html = read(contract, 'review.html');
    expect(html).not.toMatch(/<script\b/i);
    expect(board(html)).toContain('<span class="fvalue">&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(board(html)).toContain('<span class="fvalue">O&#39;Brien &amp; &quot;Ops&quot; 007</span>');
    expect(manifestOf(contract).board).toEqual({ ticket: TICKET, approver: APPROVER });
    const e = board(read(expand, 'review.html'));
    expect([...e.matchAll(/<span class="fblank"/g)].length).toBe(3);
    expect(manifestOf(expand).board).toEqual({});
  });

  it('a value that reads as a number is kept as written; a control character is refused and nothing is written', () => {
    const dir = join(tmp, 'numeric');
    cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:expand@head', '--out', dir, '--ticket', '00123', '--approver=1e3']);
    expect(manifestOf(dir).board).toEqual({ ticket: '00123', approver: '1e3' });
    const bad = join(tmp, 'bad');
    const r = cli(['--dialect', 'postgresql', 'bundle', 'kilo:expand@head', '--out', bad, '--approver', 'a\nb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error CL000: --approver: control character U+000A in the value');
    expect(() => readFileSync(join(bad, 'manifest.json'))).toThrow();
  });

  it('verify covers them: the bundle verifies; a changed ticket in the manifest, or on the page, is a difference', { timeout: 120_000 }, () => {
    expect(cli(['verify', contract]).code).toBe(0);
    const m = read(contract, 'manifest.json');
    const html = read(contract, 'review.html');
    try {
      writeFileSync(join(contract, 'manifest.json'), m.replace(JSON.stringify(TICKET), JSON.stringify('CHG-9999')));
      let r = cli(['verify', contract]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/DIFFERS\s+review\.html/);
      writeFileSync(join(contract, 'manifest.json'), m);
      writeFileSync(join(contract, 'review.html'), html.replace('&lt;script&gt;alert(1)&lt;/script&gt;', 'CHG-9999'));
      r = cli(['verify', contract]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/EDITED\s+review\.html/);
    } finally {
      writeFileSync(join(contract, 'manifest.json'), m);
      writeFileSync(join(contract, 'review.html'), html);
    }
    expect(cli(['verify', contract]).code).toBe(0);
  });

  it('is byte-identical when written again with the same ticket and approver', () => {
    const again = join(tmp, 'again');
    cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', again, '--ticket', TICKET, '--approver', APPROVER]);
    expect(read(again, 'review.html')).toBe(read(contract, 'review.html'));
    expect(read(again, 'manifest.json')).toBe(read(contract, 'manifest.json'));
  });
});

const browser = chromiumAvailable();
const describeBrowser = browser.ok ? describe : isCI() ? describe : describe.skip;

describeBrowser(`change-board summary in headless Chromium${browser.ok ? '' : ` — SKIPPED: ${browser.detail}`}`, { timeout: 120_000 }, () => {
  it('runs', () => {
    if (!browser.ok) throw new Error(`CI=true and ${browser.detail}`);
  });

  /**
   * A copy of the page with its CSP removed and a measuring script appended (the bundle's page itself
   * runs nothing): where each board item lands in a 1200 x 1100 window.
   */
  async function layout(dir: string): Promise<Record<string, { top: number; bottom: number }>> {
    const html = read(dir, 'review.html').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    const probe = `<script>const o={};for(const s of ['#board','[data-services]','[data-duration]','#data-loss','.bgrid .bcell:nth-child(3)','.bgrid .bcell:nth-child(4)','.signoff','.cards','#revisions']){const e=document.querySelector(s);if(e){const r=e.getBoundingClientRect();o[s]={top:Math.round(r.top),bottom:Math.round(r.bottom)};}}document.body.setAttribute('data-layout',JSON.stringify(o));</script>`;
    const file = join(tmp, `${dir.split('/').pop()}-probe.html`);
    writeFileSync(file, html.replace('</body>', `${probe}</body>`));
    const r = await chromium(file, ['--dump-dom', '--window-size=1200,1100', '--virtual-time-budget=2000']);
    expect(r.code, r.stderr).toBe(0);
    const m = /data-layout="([^"]*)"/.exec(r.stdout);
    expect(m, 'the probe ran').not.toBeNull();
    return JSON.parse(m![1]!.replace(/&quot;/g, '"')) as Record<string, { top: number; bottom: number }>;
  }

  it('puts the decisions on the first screen (1200 x 1100), above the cards and the revisions', async () => {
    for (const dir of [contract, expand]) {
      const l = await layout(dir);
      for (const k of ['#board', '.signoff', '#data-loss', '[data-services]', '[data-duration]', '.bgrid .bcell:nth-child(3)', '.bgrid .bcell:nth-child(4)']) {
        expect(l[k], `${dir} ${k}`).toBeDefined();
        expect(l[k]!.top, `${dir} ${k}`).toBeLessThan(1100);
      }
      expect(l['.signoff']!.bottom).toBeLessThan(400);
      expect(l['[data-services]']!.bottom, dir).toBeLessThan(1100);
      expect(l['#board']!.bottom).toBeLessThan(l['.cards']!.top);
      expect(l['.cards']!.top).toBeLessThan(l['#revisions']!.top);
    }
  });

  it('renders a screenshot of the first screen', async () => {
    const png = join(tmp, 'board.png');
    const r = await chromium(join(contract, 'review.html'), [`--screenshot=${png}`, '--window-size=1200,1100', '--hide-scrollbars']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
