import { describe, expect, it } from 'vitest';
import { parseIni } from '../../src/config/ini.js';

const parse = (text: string) => parseIni(text, 'lbaas.conf');
const value = (doc: ReturnType<typeof parse>, s: string, k: string) => doc.sections.get(s)?.get(k)?.value;

describe('parseIni', () => {
  it('reads sections with = and : separators, trimming and unquoting values', () => {
    const doc = parse('[database]\nconnection = sqlite:///x.db\n[alembic]\nversion_table: vt\nscript_location =  "quoted dir"  \nempty =\n');
    expect(doc.diagnostics).toEqual([]);
    expect(value(doc, 'database', 'connection')).toBe('sqlite:///x.db');
    expect(value(doc, 'alembic', 'version_table')).toBe('vt');
    expect(value(doc, 'alembic', 'script_location')).toBe('quoted dir');
    expect(value(doc, 'alembic', 'empty')).toBe('');
    expect(doc.sections.get('alembic')?.get('version_table')?.line).toBe(4);
  });

  it('splits at whichever separator comes first, keeping the rest in the value', () => {
    const doc = parse('[database]\nconnection = mysql://u:p@h:3306/db\nk: a=b\n');
    expect(value(doc, 'database', 'connection')).toBe('mysql://u:p@h:3306/db');
    expect(value(doc, 'database', 'k')).toBe('a=b');
  });

  it('skips # and ; comment lines, indented or not, and keeps inline # in values', () => {
    const doc = parse('# top\n; also\n[database]\n  # indented comment\nconnection = postgresql://u:pa#ss@h/db # not a comment\n');
    expect(doc.diagnostics).toEqual([]);
    expect(value(doc, 'database', 'connection')).toBe('postgresql://u:pa#ss@h/db # not a comment');
  });

  it('joins indented continuation lines with newlines; a blank line ends the value', () => {
    const doc = parse('[s]\nkey = first\n  second\n\tthird\nother = x\n\n[t]\nk = v\n');
    expect(value(doc, 's', 'key')).toBe('first\nsecond\nthird');
    expect(value(doc, 's', 'other')).toBe('x');
    expect(value(doc, 't', 'k')).toBe('v');
  });

  it('reports a continuation after a blank line', () => {
    const doc = parse('[s]\nkey = first\n\n  orphan\n');
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]).toMatchObject({ code: 'CF002', severity: 'error', line: 4 });
    expect(doc.diagnostics[0]!.message).toContain("'orphan'");
  });

  it('keys are case-sensitive; a repeated key warns and the last wins', () => {
    const doc = parse('[s]\nKey = 1\nkey = 2\nkey = 3\n');
    expect(value(doc, 's', 'Key')).toBe('1');
    expect(value(doc, 's', 'key')).toBe('3');
    const dups = doc.diagnostics.filter((d) => d.code === 'CF007');
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({ severity: 'warning', line: 4 });
    expect(dups[0]!.message).toContain('line 3');
  });

  it('merges a repeated section', () => {
    const doc = parse('[s]\na = 1\n[t]\n[s]\nb = 2\n');
    expect([...doc.sections.get('s')!.keys()]).toEqual(['a', 'b']);
    expect(doc.sectionLines.get('s')).toBe(1);
  });

  it('a malformed line is an error naming the file, the line and the text, with a hint', () => {
    const doc = parse('[database]\nconnection = sqlite://\nthis is not an option\n');
    expect(doc.diagnostics).toHaveLength(1);
    const d = doc.diagnostics[0]!;
    expect(d).toMatchObject({ code: 'CF002', severity: 'error', line: 3, at: { file: 'lbaas.conf' } });
    expect(d.message).toContain('lbaas.conf line 3');
    expect(d.message).toContain("'this is not an option'");
    expect(d.hint).toMatch(/key = value/);
    expect(value(doc, 'database', 'connection')).toBe('sqlite://');
  });

  it('reports broken section headers, empty keys and keys outside sections', () => {
    const doc = parse('orphan = 1\n[database\nk = v\n[]\n[ok]\n= v\n');
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CF004', 1],
      ['CF003', 2],
      ['CF003', 4],
      ['CF006', 6],
    ]);
    // keys under a broken header are skipped, not re-reported
    expect([...doc.sections.keys()]).toEqual(['ok']);
  });

  it('handles CRLF line endings and a byte-order mark', () => {
    const doc = parse('\uFEFF[database]\r\nconnection = sqlite://\r\n  more\r\n');
    expect(doc.diagnostics).toEqual([]);
    expect(value(doc, 'database', 'connection')).toBe('sqlite://\nmore');
  });

  it('trims spaces inside a section header', () => {
    expect(parse('[ alembic ]\nversion_table = v\n').sections.get('alembic')?.get('version_table')?.value).toBe('v');
  });
});
