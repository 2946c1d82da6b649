/** The expression normalizer against what the engines really print back (texts captured from PostgreSQL 15 and MariaDB 10.11). */
import { describe, expect, it } from 'vitest';
import { canonNumber, normalizeCondition, normalizeDefaultExpr } from './sqlexpr.js';

describe('normalizeCondition', () => {
  it('PostgreSQL casts, ANY(ARRAY[..]), ~~, expanded BETWEEN and parentheses', () => {
    const model =
      "neg > -1 AND neg < 100 OR name IN ('a','b') AND name LIKE 'x%' AND neg BETWEEN 1 AND 5 AND st IN ('active') AND length(name) > 0 AND neg IN (1,2) AND NOT (f IS NULL) AND n > 1.5";
    const pg =
      "(((neg > '-1'::integer) AND (neg < 100)) OR (((name)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])) AND ((name)::text ~~ 'x%'::text) AND ((neg >= 1) AND (neg <= 5)) AND (st = 'active'::lb_status) AND (length((name)::text) > 0) AND (neg = ANY (ARRAY[1, 2])) AND (NOT (f IS NULL)) AND (n > 1.5)))";
    expect(normalizeCondition(pg, 'postgresql')).toBe(normalizeCondition(model, 'postgresql'));
    expect(normalizeCondition(model, 'postgresql')).toBe(
      "neg > -1 AND neg < 100 OR name IN ('a', 'b') AND name LIKE 'x%' AND neg >= 1 AND neg <= 5 AND st = 'active' AND length(name) > 0 AND neg IN (1, 2) AND f IS NOT NULL AND n > 1.5",
    );
  });

  it('MariaDB backquotes, pushed-in NOT, MOD, lcase, octet_length, introducers, TRUE as 1', () => {
    const model =
      "neg > -1 AND neg < 100 OR name IN ('a','b') AND name LIKE 'x%' AND neg BETWEEN 1 AND 5 AND st IN ('active') AND length(name) > 0 AND neg IN (1,2) AND NOT (f IS NULL) AND n > 1.5 AND flag = true";
    const maria =
      "`neg` > -1 and `neg` < 100 or `name` in ('a','b') and `name` like 'x%' and `neg` between 1 and 5 and `st` = 'active' and octet_length(`name`) > 0 and `neg` in (1,2) and `f` is not null and `n` > 1.5 and `flag` = 1";
    expect(normalizeCondition(maria, 'mysql')).toBe(normalizeCondition(model, 'mysql'));
    const model2 =
      "NOT (a = 1) AND NOT (a < 2) AND NOT (s LIKE 'x') AND NOT (s IN ('a','b')) AND a % 2 = 0 AND lower(s) = s AND s = 'q' AND NOT (a > 1 AND c > 1)";
    const maria2 =
      "`a` <> 1 and `a` >= 2 and `s`  not like 'x' and `s` not in ('a','b') and `a` MOD 2 = 0 and lcase(`s`) = `s` and `s` = _utf8mb4'q' and (`a` <= 1 or `c` <= 1)";
    expect(normalizeCondition(maria2, 'mysql')).toBe(normalizeCondition(model2, 'mysql'));
  });

  it('keeps precedence that matters', () => {
    expect(normalizeCondition('(a OR b) AND c', 'sqlite')).toBe('(a OR b) AND c');
    expect(normalizeCondition('a - (1 - 2) > 0', 'sqlite')).toBe('a - (1 - 2) > 0');
    expect(normalizeCondition('((a)) + 1 = 2', 'sqlite')).toBe('a + 1 = 2');
  });

  it('falls back to a marked token text when it cannot parse', () => {
    expect(normalizeCondition('a IN (SELECT b FROM t)', 'postgresql')).toMatch(/^\?unparsed: /);
  });
});

describe('normalizeDefaultExpr', () => {
  it('unquotes and strips casts', () => {
    expect(normalizeDefaultExpr("'x''y'::character varying", 'postgresql')).toBe("x'y");
    expect(normalizeDefaultExpr("'-1'::integer", 'postgresql')).toBe('-1');
    expect(normalizeDefaultExpr('NULL::character varying', 'postgresql')).toBeNull();
    expect(normalizeDefaultExpr("'x''y\\\\z'", 'mysql')).toBe("x'y\\z");
    expect(normalizeDefaultExpr('current_timestamp()', 'mysql')).toBe('CURRENT_TIMESTAMP');
    expect(normalizeDefaultExpr('curdate()', 'mysql')).toBe('CURRENT_DATE');
    expect(normalizeDefaultExpr('NULL', 'mysql')).toBeNull();
    expect(normalizeDefaultExpr('CURRENT_TIMESTAMP', 'sqlite')).toBe('CURRENT_TIMESTAMP');
  });
  it('canonical numbers', () => {
    expect(canonNumber('1.50')).toBe('1.5');
    expect(canonNumber('-0.0')).toBe('0');
    expect(canonNumber('007')).toBe('7');
    expect(canonNumber('1.')).toBe('1');
    expect(canonNumber('abc')).toBe('abc');
  });
});
