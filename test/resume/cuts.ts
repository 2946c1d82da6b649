/**
 * Where a run of a resumable MySQL/MariaDB script can be stopped (docs/review.md, "Resumable
 * runs"): for each statement that changes the database, before it, after its started row (before
 * it ran), and after it ran (before its row is marked done); for each revision, after its
 * version-table statement (inside the transaction that also clears its progress rows).
 */
export type CutKind = 'before' | 'started' | 'ran' | 'version';
export interface Cut {
  at: number;
  kind: CutKind;
  what: string;
}

const EXEC = 'EXECUTE lbaas_stmt;\n';
const PREP = 'PREPARE lbaas_stmt FROM @lbaas_q;\n';

/** Every place a run of `script` is stopped at, in order. */
export function cutsOf(script: string): Cut[] {
  const cuts: Cut[] = [];
  const re = /^-- (statement \d+\/\d+ of \w+)$/gm;
  for (let m = re.exec(script); m; m = re.exec(script)) {
    const start = m.index;
    const prepare = script.indexOf(PREP, start);
    const ran = script.indexOf(EXEC, prepare) + EXEC.length;
    cuts.push({ at: start, kind: 'before', what: m[1]! }, { at: prepare, kind: 'started', what: m[1]! }, { at: ran, kind: 'ran', what: m[1]! });
  }
  const vre = /^-- version table: .* -> .*$/gm;
  for (let m = vre.exec(script); m; m = vre.exec(script)) {
    cuts.push({ at: script.indexOf(EXEC, m.index) + EXEC.length, kind: 'version', what: m[0].slice(3, 80) });
  }
  return cuts.sort((a, b) => a.at - b.at);
}
