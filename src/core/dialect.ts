/** The SQL dialects the compiler can target. `mariadb` is MySQL's family with a few differences. */
export const DIALECTS = ['postgresql', 'mysql', 'mariadb', 'sqlite'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** The family a dialect belongs to; an op's `dialects` condition naming `mysql` also covers `mariadb`. */
export function family(d: Dialect): 'postgresql' | 'mysql' | 'sqlite' {
  return d === 'mariadb' ? 'mysql' : d;
}

/** The command-line clients a dialect's scripts are written for (MariaDB's client is the mysql client). */
export type Client = 'psql' | 'mysql' | 'sqlite3';

export function isDialect(s: string): s is Dialect {
  return (DIALECTS as readonly string[]).includes(s);
}

/** True when an op restricted to `only` (undefined: every dialect) applies to `d`. */
export function appliesTo(only: readonly Dialect[] | undefined, d: Dialect): boolean {
  if (!only) return true;
  return only.includes(d) || only.includes(family(d) as Dialect);
}
