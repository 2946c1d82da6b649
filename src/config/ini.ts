import type { Diagnostic } from '../core/diagnostics.js';

/**
 * An INI parser with oslo.config's rules:
 * - `[section]` headers; section and key names are case-sensitive;
 * - `key = value` or `key: value` (whichever separator comes first), surrounding
 *   whitespace trimmed, one pair of matching surrounding quotes removed;
 * - `#` and `;` start a comment only as the first non-blank character of a line
 *   (there are no inline comments: `a = b # c` has the value `b # c`);
 * - an indented line continues the previous value (joined with a newline);
 *   a blank line ends a multi-line value;
 * - a repeated key: the last one wins (with a warning); a repeated section merges.
 */
export interface IniEntry {
  value: string;
  /** 1-based line of the key. */
  line: number;
}

export interface IniDocument {
  sections: Map<string, Map<string, IniEntry>>;
  /** 1-based line of each section's first header. */
  sectionLines: Map<string, number>;
  diagnostics: Diagnostic[];
}

/** Parses `text`; `file` is the name used in diagnostics. Never throws. */
export function parseIni(text: string, file: string): IniDocument {
  const sections = new Map<string, Map<string, IniEntry>>();
  const sectionLines = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');

  /** undefined: before the first header; null: after a broken header (its keys are skipped, not re-reported). */
  let section: string | undefined | null;
  let pending: { key: string; line: number; parts: string[] } | undefined;
  /** The last non-blank line was reported as broken: its continuation lines are not reported again. */
  let afterBroken = false;

  const problem = (line: number, message: string, hint: string, severity: 'error' | 'warning' = 'error', code = 'CF002') => {
    diagnostics.push({ code, severity, message: `${file} line ${line}: ${message}`, at: { file, path: [] }, line, col: 1, hint });
  };

  const flush = () => {
    if (!pending) return;
    const { key, line, parts } = pending;
    pending = undefined;
    if (section === undefined || section === null) return;
    let entries = sections.get(section);
    if (!entries) sections.set(section, (entries = new Map()));
    const prev = entries.get(key);
    if (prev) {
      diagnostics.push({
        code: 'CF007',
        severity: 'warning',
        message: `${file} line ${line}: '${key}' is set again in [${section}] (first set on line ${prev.line}); the last value wins`,
        at: { file, path: [section, key] },
        line,
        col: 1,
        hint: 'delete one of the two lines so the file says what it means',
      });
    }
    entries.set(key, { value: parts.join('\n'), line });
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!.replace(/\r$/, '');
    const line = raw.trimEnd();
    const trimmed = line.trimStart();

    if (trimmed === '') {
      flush(); // a blank line ends a multi-line value
      continue;
    }
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) continue; // comment, also when indented

    if (line !== trimmed) {
      // Indented: continues the previous value.
      if (pending) {
        pending.parts.push(trimmed);
      } else if (!afterBroken) {
        problem(
          lineNo,
          `indented line with no value to continue: '${trimmed}'`,
          'an indented line continues the value of the key just above it; remove the indentation to start a new key, and note that a blank line ends a multi-line value',
        );
      }
      continue;
    }

    flush();
    afterBroken = true; // until this line is known to be good

    if (line.startsWith('[')) {
      if (!line.endsWith(']')) {
        problem(
          lineNo,
          `section header is missing its closing ']': '${line}'`,
          "write the header alone on its line, like '[database]' (comments go on a line of their own)",
          'error',
          'CF003',
        );
        section = null;
        continue;
      }
      const name = line.slice(1, -1).trim();
      if (name === '') {
        problem(lineNo, `section header has no name: '${line}'`, "name the section, like '[database]'", 'error', 'CF003');
        section = null;
        continue;
      }
      section = name;
      afterBroken = false;
      if (!sections.has(name)) sections.set(name, new Map());
      if (!sectionLines.has(name)) sectionLines.set(name, lineNo);
      continue;
    }

    const eq = line.indexOf('=');
    const colon = line.indexOf(':');
    if (eq < 0 && colon < 0) {
      problem(
        lineNo,
        `expected 'key = value', '[section]' or a comment, got '${line}'`,
        "options are written 'key = value' (or 'key: value') under a [section] header; comments start with '#' or ';'",
      );
      continue;
    }
    const at = colon < 0 || (eq >= 0 && eq < colon) ? eq : colon;
    const key = line.slice(0, at).trim();
    let value = line.slice(at + 1).trim();
    if (key === '') {
      problem(lineNo, `a value with no key: '${line}'`, "write 'key = value'; the key must come before the '=' or ':'", 'error', 'CF006');
      continue;
    }
    if (value.length >= 2 && value[0] === value[value.length - 1] && (value[0] === '"' || value[0] === "'")) {
      value = value.slice(1, -1);
    }
    if (section === null) continue;
    if (section === undefined) {
      problem(
        lineNo,
        `'${key}' is set outside any section`,
        "put it under a section header such as '[database]'; options before the first header are not read",
        'error',
        'CF004',
      );
      continue;
    }
    afterBroken = false;
    pending = { key, line: lineNo, parts: [value] };
  }
  flush();
  return { sections, sectionLines, diagnostics };
}
