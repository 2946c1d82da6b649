// Summarizes a V8 CPU profile (node --cpu-prof): self time by function and
// inclusive time by function, so "where does the time go" has a short answer.
//
//   node --cpu-prof --cpu-prof-dir=prof dist/cli/main.js ... upgrade base:heads --sql --output out.sql
//   node test/bench/profile.mjs prof/*.cpuprofile [--top 25]

import { readFileSync } from 'node:fs';

export function summarize(profile, top = 25) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // sample time per node
  const dt = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const key = (n) => {
    const f = n.callFrame;
    const url = f.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/[^/]+|dist|src)\//, '$1/');
    return `${f.functionName || '(anonymous)'} ${url ? `${url}:${f.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const incl = new Map();
  let total = 0;
  for (const [id, t] of dt) {
    total += t;
    const n = nodes.get(id);
    self.set(key(n), (self.get(key(n)) ?? 0) + t);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const k = key(nodes.get(x));
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const fmt = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => `${(t / 1000).toFixed(1).padStart(8)} ms  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `total ${(total / 1000).toFixed(1)} ms sampled\n\nself time:\n${fmt(self)}\n\ninclusive time:\n${fmt(incl)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--top');
  const top = ti === -1 ? 25 : Number(args[ti + 1]);
  const files = args.filter((a, i) => !a.startsWith('--') && (ti === -1 || i !== ti + 1));
  for (const f of files) process.stdout.write(`${f}\n${summarize(JSON.parse(readFileSync(f, 'utf8')), top)}\n`);
}
