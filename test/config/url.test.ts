import { describe, expect, it } from 'vitest';
import { parseDbUrl, redactUrl, type DbUrl } from '../../src/config/url.js';

function ok(s: string): DbUrl {
  const r = parseDbUrl(s);
  if (!r.ok) throw new Error(`${s}: ${r.message}`);
  return r.url;
}
function err(s: string): { message: string; hint: string } {
  const r = parseDbUrl(s);
  if (r.ok) throw new Error(`${s} parsed`);
  return r;
}

describe('parseDbUrl', () => {
  it('postgresql, with and without a driver, and the postgres alias', () => {
    expect(ok('postgresql://neutron:secret@db.example:5433/lbaas')).toEqual({
      dialect: 'postgresql',
      user: 'neutron',
      password: 'secret',
      host: 'db.example',
      port: 5433,
      database: 'lbaas',
      query: {},
    });
    expect(ok('postgresql+psycopg2://u@h/db')).toEqual({ dialect: 'postgresql', driver: 'psycopg2', user: 'u', host: 'h', database: 'db', query: {} });
    expect(ok('postgres://h/db')).toEqual({ dialect: 'postgresql', host: 'h', database: 'db', query: {} });
  });

  it('a unix-socket host in the query and no host part', () => {
    expect(ok('postgresql:///lbaas?host=/var/run/postgresql')).toEqual({
      dialect: 'postgresql',
      database: 'lbaas',
      query: { host: '/var/run/postgresql' },
    });
  });

  it('mysql and mariadb with drivers and query parameters', () => {
    expect(ok('mysql://root@127.0.0.1:3306/lbaas')).toMatchObject({ dialect: 'mysql', user: 'root', host: '127.0.0.1', port: 3306, database: 'lbaas' });
    expect(ok('mysql+pymysql://u:p@h/lbaas?charset=utf8')).toEqual({
      dialect: 'mysql',
      driver: 'pymysql',
      user: 'u',
      password: 'p',
      host: 'h',
      database: 'lbaas',
      query: { charset: 'utf8' },
    });
    expect(ok('mysql+mysqldb://u@localhost/lbaas?unix_socket=/run/mysqld/mysqld.sock&charset=utf8mb4')).toMatchObject({
      driver: 'mysqldb',
      host: 'localhost',
      query: { unix_socket: '/run/mysqld/mysqld.sock', charset: 'utf8mb4' },
    });
    expect(ok('mariadb://u@h/db')).toMatchObject({ dialect: 'mariadb' });
    expect(ok('mariadb+pymysql://u@h/db')).toMatchObject({ dialect: 'mariadb', driver: 'pymysql' });
  });

  it('percent-decodes user, password, database and query values', () => {
    const u = ok('mysql://us%40er:p%40ss%3Aw%2Frd%25@h/my%20db?unix_socket=%2Ftmp%2Fs');
    expect(u).toMatchObject({ user: 'us@er', password: 'p@ss:w/rd%', database: 'my db', query: { unix_socket: '/tmp/s' } });
  });

  it('an empty password is kept as empty; no colon means no password', () => {
    expect(ok('mysql://root:@h/db').password).toBe('');
    expect(ok('mysql://root@h/db').password).toBeUndefined();
  });

  it('tolerates unencoded @, / and ? in a password (the last @ ends it)', () => {
    expect(ok('mysql://u:p@s/s?x@h:3306/db?charset=utf8')).toMatchObject({
      user: 'u',
      password: 'p@s/s?x',
      host: 'h',
      port: 3306,
      database: 'db',
      query: { charset: 'utf8' },
    });
  });

  it('IPv6 hosts', () => {
    expect(ok('postgresql://u@[::1]:5432/db')).toMatchObject({ host: '::1', port: 5432 });
    expect(ok('postgresql://[fe80::1]/db')).toMatchObject({ host: 'fe80::1' });
  });

  it('sqlite: memory, relative and absolute paths', () => {
    expect(ok('sqlite://')).toEqual({ dialect: 'sqlite', path: ':memory:', query: {} });
    expect(ok('sqlite:///:memory:')).toMatchObject({ path: ':memory:' });
    expect(ok('sqlite:///relative.db')).toEqual({ dialect: 'sqlite', path: 'relative.db', query: {} });
    expect(ok('sqlite:///sub/dir/x.db')).toMatchObject({ path: 'sub/dir/x.db' });
    expect(ok('sqlite:////abs/path.db')).toEqual({ dialect: 'sqlite', path: '/abs/path.db', query: {} });
    expect(ok('sqlite+pysqlite:///x.db')).toMatchObject({ driver: 'pysqlite', path: 'x.db' });
  });

  it('errors name the problem, give a hint and never show the password', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['', /empty/, /connection/],
      ['lbaas.db', /not a database URL/, /sqlite:\/\/\//],
      ['postgresq://u:hunter2@h/db', /unsupported database 'postgresq'/, /did you mean 'postgresql'/],
      ['oracle://u:hunter2@h/db', /unsupported database 'oracle'/, /supported: postgresql/],
      ['mysql://u:hunter2@h:33x6/db', /invalid port '33x6'/, /percent-encode/],
      ['mysql://u:hunter2@h:99999/db', /invalid port/, /1 to 65535/],
      ['mysql://u:hunter2%zz@h/db', /invalid percent-escape/, /%25/],
      ['sqlite://host/x.db', /names a file, not a host/, /three slashes/],
      ['sqlite://u:hunter2@/x.db', /no user or password/, /sqlite:\/\/\//],
      ['mysql+a+b://u:hunter2@h/db', /malformed scheme/, /dialect\+driver/],
      ['mysql://u:hunter2@h/a/b', /contains '\/'/, /database name/],
      ['mysql://u:hunter2@[::1/db', /unclosed/, /\[::1\]/],
      ['mysql://u:hunter2@::1/db', /too many ':'/, /brackets/],
    ];
    for (const [url, message, hint] of cases) {
      const e = err(url);
      expect(e.message, url).toMatch(message);
      expect(e.hint, url).toMatch(hint);
      expect(e.message + e.hint, url).not.toContain('hunter2');
    }
  });
});

describe('redactUrl', () => {
  it('replaces the password with ***', () => {
    expect(redactUrl('mysql+pymysql://neutron:s3cr%40t@db:3306/lbaas?charset=utf8')).toBe('mysql+pymysql://neutron:***@db:3306/lbaas?charset=utf8');
    expect(redactUrl('postgresql://u:p@s/s?x@h/db')).toBe('postgresql://u:***@h/db');
    expect(redactUrl('postgresql://u:@h/db')).toBe('postgresql://u:***@h/db');
  });

  it('leaves URLs without a password alone', () => {
    for (const u of ['postgresql://u@h/db', 'sqlite:///x.db', 'sqlite://', 'mysql://h/db?charset=utf8']) expect(redactUrl(u)).toBe(u);
  });

  it('hides password query parameters and works on malformed URLs', () => {
    expect(redactUrl('postgresql://h/db?password=hunter2&sslmode=require')).toBe('postgresql://h/db?password=***&sslmode=require');
    expect(redactUrl('user:hunter2@host/db')).not.toContain('hunter2');
    expect(redactUrl('mysql://u:hunter2@h:bad/db')).toBe('mysql://u:***@h:bad/db');
  });
});
