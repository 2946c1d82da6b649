/**
 * The review page in real headless Chromium: a screenshot (exists, right size, not blank),
 * the DOM after load (the SVG graph, every revision, every lint finding — in the list and next
 * to the op it concerns —, the guard, every checksum), an A4 PDF print, and
 * no network request (no http(s) URL in src/href; the net log shows no request from the
 * page, while a control page with one remote image does show it). The SVG graph is the same
 * picture `history --graph` prints.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCI } from '../support/engines.js';
import { cliOk } from '../guard/clients.js';
import { chromium, chromiumAvailable, pageRequests, pngSize } from './chromium.js';

const tmp = mkdtempSync(join(tmpdir(), 'lbaas-review-'));
const out = join(tmp, 'bundle');
let html = '';
let manifest: {
  revisions: string[];
  lint: { findings: { code: string; revision: string; path: string; message: string; waived?: string }[] };
  files: Record<string, string>;
  sources: Record<string, string>;
  templates: Record<string, string>;
};

beforeAll(() => {
  cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', out]);
  html = readFileSync(join(out, 'review.html'), 'utf8');
  manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Text as a browser serializes a text node (only &, < and > are escaped). */
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('review.html, as written', () => {
  it('is self-contained: no scripts, no external resources, nothing fetched over the network', () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    const attrs = [...html.matchAll(/\b(?:src|href|xlink:href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);
    expect(attrs.length).toBeGreaterThan(0);
    for (const a of attrs) expect(a, a).toMatch(/^#/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toMatch(/@media print\{/);
  });

  it('draws the graph the way history --graph prints it: same rows, same columns', () => {
    const text = cliOk(['history', '--graph']);
    const fromText: { id: string; col: number }[] = [];
    for (const line of text.split('\n')) {
      const m = /^([ |*@]*[*@][ |]*?) {2}(\S+)/.exec(line);
      if (!m) continue;
      fromText.push({ id: m[2]!, col: Math.max(m[1]!.indexOf('*'), m[1]!.indexOf('@')) / 2 });
    }
    const fromSvg = [...html.matchAll(/<g class="node [^"]*" data-rev="([^"]+)" data-col="(\d+)" data-row="(\d+)">/g)]
      .map((m) => ({ id: m[1]!, col: Number(m[2]), row: Number(m[3]) }))
      .sort((a, b) => a.row - b.row)
      .map(({ id, col }) => ({ id, col }));
    expect(fromText.length).toBeGreaterThan(10);
    expect(fromSvg).toEqual(fromText);
  });

  it('is byte-identical when the bundle is written again', () => {
    const again = join(tmp, 'again');
    cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', again]);
    expect(readFileSync(join(again, 'review.html'), 'utf8')).toBe(html);
  });
});

const browser = chromiumAvailable();
const describeBrowser = browser.ok ? describe : isCI() ? describe : describe.skip;

describeBrowser(`review.html in headless Chromium${browser.ok ? '' : ` — SKIPPED: ${browser.detail}`}`, { timeout: 120_000 }, () => {
  it('runs', () => {
    if (!browser.ok) throw new Error(`CI=true and ${browser.detail}`);
  });

  it('renders a full-page screenshot that is not blank', async () => {
    const png = join(tmp, 'review.png');
    const r = await chromium(join(out, 'review.html'), [`--screenshot=${png}`, '--window-size=1200,3000', '--hide-scrollbars']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(png)).toBe(true);
    const buf = readFileSync(png);
    expect(pngSize(buf)).toEqual({ width: 1200, height: 3000 });
    // a blank or near-blank 1200x3000 page compresses to a few kilobytes
    expect(statSync(png).size).toBeGreaterThan(80_000);
  });

  it('the loaded DOM holds the SVG graph, every revision and every finding; the page requests nothing', async () => {
    const netlog = join(tmp, 'netlog.json');
    const r = await chromium(join(out, 'review.html'), ['--dump-dom', `--log-net-log=${netlog}`]);
    expect(r.code, r.stderr).toBe(0);
    const dom = r.stdout;
    expect(dom).toMatch(/<svg class="graph"[^>]*>/);
    expect([...dom.matchAll(/<g class="node /g)].length).toBeGreaterThan(manifest.revisions.length);
    for (const id of manifest.revisions) {
      expect(dom).toContain(`<article class="rev" id="rev-${id}"`);
      expect(dom).toMatch(new RegExp(`<g class="node in-range" data-rev="${id}"`));
    }
    expect(dom).toMatch(/<g class="node start" data-rev="kilo"/);
    const shown = [...dom.matchAll(/<div class="finding (warn|waived)" data-code="([^"]+)" data-revision="([^"]+)">/g)];
    expect(shown.length).toBe(manifest.lint.findings.length);
    expect(manifest.lint.findings.length).toBeGreaterThan(0);
    for (const f of manifest.lint.findings) {
      expect(dom).toContain(escText(f.message));
      if (f.waived) expect(dom).toContain(`waived: ${escText(f.waived)}`);
    }
    expect(pageRequests(netlog)).toEqual([]);

    // each finding again inside the block of the op it concerns, next to that op's SQL
    for (const f of manifest.lint.findings) {
      const op = /^upgrade\[(\d+)\]/.exec(f.path);
      expect(op, f.path).not.toBeNull();
      const article = new RegExp(`<article class="rev" id="rev-${f.revision}"[\\s\\S]*?</article>`).exec(dom)![0];
      const block = new RegExp(`<div class="op[^"]*" data-op="${op![1]}">([\\s\\S]*?)<pre class="sql">`).exec(article);
      expect(block, `${f.revision} ${f.path}`).not.toBeNull();
      expect(block![1]).toContain(`data-code="${f.code}"`);
      expect(block![1]).toContain(escText(f.message));
    }
    // the guard, and every checksum of the manifest
    const guard = /<section id="guard">([\s\S]*?)<\/section>/.exec(dom)![1]!.replace(/<[^>]+>/g, '');
    expect(guard).toContain('pg_advisory_lock');
    expect(guard).toContain('$lbaas_guard$');
    expect(guard).toContain('lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ');
    const sums = /<section id="checksums">([\s\S]*?)<\/section>/.exec(dom)![1]!;
    for (const [name, sha] of [...Object.entries(manifest.files), ...Object.entries(manifest.sources)]) {
      if (name === 'review.html') continue; // the page cannot hold its own checksum
      expect(sums, name).toContain(`<td class="path">${escText(name)}</td><td class="sha">${sha}</td>`);
    }
    for (const [name, sha] of Object.entries(manifest.templates))
      expect(sums, name).toContain(`<td class="path">templates/${escText(name)}</td><td class="sha">${sha}</td>`);
  });

  it('the net-log check does see a page that loads a remote image (control)', async () => {
    const control = join(tmp, 'control.html');
    writeFileSync(control, '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/pixel.png"></body></html>');
    const netlog = join(tmp, 'control-netlog.json');
    await chromium(control, ['--dump-dom', `--log-net-log=${netlog}`]);
    expect(pageRequests(netlog)).toEqual(['http://127.0.0.1:9/pixel.png']);
  });

  it('prints to a multi-page PDF', async () => {
    const pdf = join(tmp, 'review.pdf');
    const r = await chromium(join(out, 'review.html'), [`--print-to-pdf=${pdf}`, '--no-pdf-header-footer']);
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(2);
    // every page is A4 portrait (the page's @page rule), 210 x 297 mm in points
    const boxes = [...bytes.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBe(pages);
    for (const [w, h] of boxes) {
      expect((w! * 25.4) / 72).toBeCloseTo(210, 0);
      expect((h! * 25.4) / 72).toBeCloseTo(297, 0);
    }
  });
});
