/**
 * Splits SQL text into statements at `;`, outside quotes, comments and
 * PostgreSQL dollar quotes. Comments are dropped (MySQL's executable
 * `/*! ... *\/` comments too: they carry session settings in dumps), and each
 * statement keeps the line it starts on.
 */
export interface SqlStatement {
  sql: string;
  /** 1-based line of the statement's first character. */
  line: number;
}

export function splitSql(text: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let buf = '';
  let line = 1;
  let startLine = 0;
  const n = text.length;
  let i = 0;
  const flush = () => {
    const sql = buf.trim();
    if (sql) out.push({ sql, line: startLine || line });
    buf = '';
    startLine = 0;
  };
  const take = (s: string) => {
    if (!startLine && s.trim()) startLine = line;
    buf += s;
    for (const ch of s) if (ch === '\n') line++;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '-' && text[i + 1] === '-') {
      const j = text.indexOf('\n', i);
      i = j < 0 ? n : j;
    } else if (c === '#' && buf.trim() === '') {
      const j = text.indexOf('\n', i); // MySQL line comment at a statement start
      i = j < 0 ? n : j;
    } else if (c === '/' && text[i + 1] === '*') {
      const j = text.indexOf('*/', i + 2);
      const end = j < 0 ? n : j + 2;
      for (let k = i; k < end; k++) if (text[k] === '\n') line++;
      buf += ' ';
      i = end;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n) {
        if (text[j] === '\\' && c === "'") {
          j += 2;
          continue;
        }
        if (text[j] === c) {
          if (text[j + 1] === c) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      take(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '$') {
      const m = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64));
      if (m) {
        const j = text.indexOf(m[0], i + m[0].length);
        const end = j < 0 ? n : j + m[0].length;
        take(text.slice(i, end));
        i = end;
      } else {
        take(c);
        i++;
      }
    } else if (c === ';') {
      flush();
      i++;
    } else {
      take(c);
      i++;
    }
  }
  flush();
  return out;
}

/** The text of a SQL string literal's body: doubled quotes, and with MySQL rules backslash escapes, undone. */
export function unquoteSqlString(body: string, backslashes: boolean): string {
  let s = body.replace(/''/g, "'");
  if (backslashes) {
    s = s.replace(/\\(.)/g, (_, ch: string) => (({ n: '\n', t: '\t', r: '\r', '0': '\0', Z: '\x1a' }) as Record<string, string>)[ch] ?? ch);
  }
  return s;
}

/** The string literals of a list like `'a', 'b''c'`, in order. */
export function stringLiterals(text: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'')*)'/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!.replace(/''/g, "'"));
  return out;
}

/** An identifier as written, quotes and a schema prefix removed: `public."t"` -> t. */
export function bareIdent(s: string): string {
  const parts = s.trim().match(/"(?:[^"]|"")*"|`(?:[^`]|``)*`|[^.\s]+/g) ?? [s];
  const last = parts[parts.length - 1]!;
  if (/^".*"$/.test(last)) return last.slice(1, -1).replace(/""/g, '"');
  if (/^`.*`$/.test(last)) return last.slice(1, -1).replace(/``/g, '`');
  return last;
}
