/**
 * cac (through mri) reads `downgrade -1` and `--delta -1` as options and turns
 * values like `0001` into numbers. Before parsing, negative relative targets are
 * protected and raw option values are kept, so revision ids survive intact.
 */
const NEG = '\u0000neg:';

export function protectArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (/^-\d+$/.test(a)) out.push(NEG + a);
    // A file name is kept as written: '' (refused later, not read as 0), '0010.sql', '1e3'.
    else if (a === '--output' && i + 1 < argv.length && (argv[i + 1] === '' || !argv[i + 1]!.startsWith('-'))) {
      out.push(`${a}=${NEG}${argv[i + 1]}`);
      i++;
    } else if (a.startsWith('--output=')) out.push(`--output=${NEG}${a.slice('--output='.length)}`);
    else if (
      /^(--(delta|rev-id|head|splice-from|rev|revision|range|rev-range|depends-on|branch-label|message|ticket|approver)|-m|-r)$/.test(a) &&
      i + 1 < argv.length &&
      /^-?\d/.test(argv[i + 1]!)
    ) {
      out.push(`${a}=${NEG}${argv[i + 1]}`);
      i++;
    } else if (/^--(delta|rev-id|head|rev|revision|range|rev-range|depends-on|branch-label|message|ticket|approver)=/.test(a)) {
      const eq = a.indexOf('=');
      out.push(`${a.slice(0, eq)}=${NEG}${a.slice(eq + 1)}`);
    } else out.push(a);
  }
  return out;
}

/** Undoes protectArgv on a parsed value. */
export function raw(v: unknown): string | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  const s = String(v);
  return s.startsWith(NEG) ? s.slice(NEG.length) : s;
}
