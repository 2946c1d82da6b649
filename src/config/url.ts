import { didYouMean } from '../core/diagnostics.js';
import type { Dialect } from '../core/dialect.js';

/**
 * A database URL in SQLAlchemy's form, `dialect[+driver]://user:password@host:port/database?key=value`.
 * The driver names a Python DB-API module; it is recorded but does not matter to this tool,
 * which talks to the engine through its own command-line client.
 */
export interface DbUrl {
  dialect: Dialect;
  /** The `+driver` part of the scheme, e.g. `psycopg2`, `pymysql`. */
  driver?: string;
  /** Percent-decoded. */
  user?: string;
  /** Percent-decoded. Never print it: use redactUrl() for the URL and scrub client output. */
  password?: string;
  /** Host name or address (IPv6 without brackets). Absent: the client's default (a local socket). */
  host?: string;
  port?: number;
  /** Percent-decoded database name (server engines). */
  database?: string;
  /** SQLite: the file path as written (relative to the working directory unless absolute), or `:memory:`. */
  path?: string;
  /** Percent-decoded query parameters (the last one wins when a name repeats). */
  query: Record<string, string>;
}

export type UrlParseResult = { ok: true; url: DbUrl } | { ok: false; message: string; hint: string };

const SCHEMES: Record<string, Dialect> = {
  postgresql: 'postgresql',
  postgres: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlite: 'sqlite',
};

const EXAMPLES = 'e.g. postgresql://user:password@host:5432/lbaas, mysql+pymysql://user:password@host/lbaas?charset=utf8, sqlite:///lbaas.sqlite';

/** The pieces of a URL, split the same way for parsing and for redaction. */
interface Split {
  scheme: string;
  /** Offset of the text after `://`. */
  restStart: number;
  /** Text between `://` and the last `@`, when there is an `@`. */
  userinfo?: string;
  hostPath: string;
  query?: string;
}

/**
 * Splits after `scheme://`: the user information ends at the last `@` (so an unencoded `@`, `/`
 * or `?` in a password still splits right); the query starts at the first `?` after that.
 */
function split(s: string): Split | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+._-]*):\/\//.exec(s);
  if (!m) return undefined;
  const restStart = m[0].length;
  const rest = s.slice(restStart);
  const at = rest.lastIndexOf('@');
  const userinfo = at < 0 ? undefined : rest.slice(0, at);
  const tail = at < 0 ? rest : rest.slice(at + 1);
  const q = tail.indexOf('?');
  const hostPath = q < 0 ? tail : tail.slice(0, q);
  const query = q < 0 ? undefined : tail.slice(q + 1);
  return { scheme: m[1]!, restStart, userinfo, hostPath, query };
}

const SECRET_PARAMS = /^(password|passwd|pwd)$/i;

/**
 * The URL with its password (and any `password=` query parameter) replaced by `***`.
 * Works on malformed URLs too, so it is safe to call before or after parsing fails.
 */
export function redactUrl(url: string): string {
  const sp = split(url);
  if (!sp) {
    // Not scheme://...: whatever comes before the last '@' may hold a password in any shape
    // (with '/', ':' or '@' in it), so none of it is shown; nor is a password= parameter.
    const at = url.lastIndexOf('@');
    const tail = at < 0 ? url : `***@${url.slice(at + 1)}`;
    return tail.replace(/([?&;](?:password|passwd|pwd)=)[^&;#]*/gi, '$1***');
  }
  let out = url.slice(0, sp.restStart);
  if (sp.userinfo !== undefined) {
    const colon = sp.userinfo.indexOf(':');
    out += colon < 0 ? sp.userinfo : `${sp.userinfo.slice(0, colon)}:***`;
    out += '@';
  }
  out += sp.hostPath;
  if (sp.query !== undefined) {
    out +=
      '?' +
      sp.query
        .split('&')
        .map((kv) => {
          const eq = kv.indexOf('=');
          if (eq < 0) return kv;
          let name = kv.slice(0, eq);
          try {
            name = decodeURIComponent(name);
          } catch {
            /* keep as written */
          }
          return SECRET_PARAMS.test(name) ? `${kv.slice(0, eq)}=***` : kv;
        })
        .join('&');
  }
  return out;
}

/** C0 control characters (NUL, line breaks, escape, ...) and DEL. */
const CONTROL = /[\u0000-\u001f\u007f]/;

const CONTROL_HINT =
  'a URL names a file or a server: no NUL, line break, escape or other control character, raw or percent-encoded (%00-%1F, %7F); a path with one would name one file to one reader and another file to the next';

/** The first control character of `s`, named (U+0000), or undefined. */
export function controlIn(s: string): string | undefined {
  const m = CONTROL.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** `s` with its control characters shown as \u escapes, so a message never carries them raw. */
export function showControls(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function decode(s: string, what: string): { ok: true; value: string } | { ok: false; message: string; hint: string } {
  try {
    const value = decodeURIComponent(s);
    const ctl = controlIn(value);
    if (ctl) return { ok: false, message: `the ${what} holds a percent-encoded control character (${ctl})`, hint: CONTROL_HINT };
    return { ok: true, value };
  } catch {
    return {
      ok: false,
      message: `the ${what} has an invalid percent-escape`,
      hint: "write a literal '%' as %25; other special characters as their %XX escape (e.g. '@' as %40, '/' as %2F)",
    };
  }
}

/** Parses a SQLAlchemy-style database URL. Messages show the URL only through redactUrl(). */
export function parseDbUrl(input: string): UrlParseResult {
  const s = input.trim();
  const shown = redactUrl(s);
  const fail = (message: string, hint: string): UrlParseResult => ({ ok: false, message, hint });

  if (s === '') return fail('the database URL is empty', `set [database] connection, ${EXAMPLES}`);
  if (/\s/.test(s))
    return fail(`the database URL '${showControls(shown)}' contains whitespace`, 'percent-encode spaces as %20; a URL is one line with no spaces');
  const ctl = controlIn(s);
  if (ctl) return fail(`the database URL '${showControls(shown)}' contains a control character (${ctl})`, CONTROL_HINT);
  const sp = split(s);
  if (!sp) {
    return fail(`'${shown}' is not a database URL (expected dialect://...)`, EXAMPLES);
  }
  const [schemeName, driver, ...extra] = sp.scheme.split('+');
  const dialect = SCHEMES[schemeName!.toLowerCase()];
  if (!dialect) {
    const guess = didYouMean(schemeName!, ['postgresql', 'mysql', 'mariadb', 'sqlite']) ?? didYouMean(schemeName!, Object.keys(SCHEMES));
    return fail(
      `unsupported database '${schemeName}' in '${shown}'`,
      `${guess ? `did you mean '${guess}'? ` : ''}supported: postgresql, postgres, mysql, mariadb, sqlite (optionally with +driver, e.g. mysql+pymysql)`,
    );
  }
  if (extra.length > 0 || driver === '') {
    return fail(`malformed scheme '${sp.scheme}' in '${shown}'`, "the scheme is 'dialect' or 'dialect+driver', e.g. postgresql+psycopg2");
  }

  const query: Record<string, string> = {};
  if (sp.query !== undefined && sp.query !== '') {
    for (const kv of sp.query.split('&')) {
      if (kv === '') continue;
      const eq = kv.indexOf('=');
      const k = decode(eq < 0 ? kv : kv.slice(0, eq), 'query parameter name');
      const v = decode(eq < 0 ? '' : kv.slice(eq + 1), 'query parameter value');
      if (!k.ok) return fail(`${k.message} in '${shown}'`, k.hint);
      if (!v.ok) return fail(`${v.message} in '${shown}'`, v.hint);
      query[k.value] = v.value;
    }
  }

  const url: DbUrl = { dialect, query };
  if (driver !== undefined) url.driver = driver;

  if (dialect === 'sqlite') {
    if (sp.userinfo !== undefined) {
      return fail(`a sqlite URL has no user or password: '${shown}'`, 'use sqlite:///relative/path.db or sqlite:////absolute/path.db');
    }
    // sqlite://            -> in-memory
    // sqlite:///rel.db     -> hostPath "/rel.db"  -> "rel.db"
    // sqlite:////abs.db    -> hostPath "//abs.db" -> "/abs.db"
    if (sp.hostPath === '') {
      url.path = ':memory:';
      return { ok: true, url };
    }
    if (!sp.hostPath.startsWith('/')) {
      return fail(
        `a sqlite URL names a file, not a host: '${shown}'`,
        'use three slashes for a path relative to the working directory (sqlite:///lbaas.sqlite) and four for an absolute one (sqlite:////var/lib/lbaas.sqlite)',
      );
    }
    const p = decode(sp.hostPath.slice(1), 'path');
    if (!p.ok) return fail(`${p.message} in '${shown}'`, p.hint);
    url.path = p.value === '' ? ':memory:' : p.value;
    return { ok: true, url };
  }

  if (sp.userinfo !== undefined) {
    const colon = sp.userinfo.indexOf(':');
    const rawUser = colon < 0 ? sp.userinfo : sp.userinfo.slice(0, colon);
    const u = decode(rawUser, 'user name');
    if (!u.ok) return fail(`${u.message} in '${shown}'`, u.hint);
    if (u.value !== '') url.user = u.value;
    if (colon >= 0) {
      const p = decode(sp.userinfo.slice(colon + 1), 'password');
      if (!p.ok) return fail(`${p.message} in '${shown}'`, p.hint);
      url.password = p.value;
    }
  }

  const slash = sp.hostPath.indexOf('/');
  const hostPort = slash < 0 ? sp.hostPath : sp.hostPath.slice(0, slash);
  const dbPart = slash < 0 ? '' : sp.hostPath.slice(slash + 1);

  let host = hostPort;
  let portText: string | undefined;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return fail(`unclosed '[' in the host of '${shown}'`, 'write an IPv6 address as [::1]:5432');
    host = hostPort.slice(1, close);
    const after = hostPort.slice(close + 1);
    if (after !== '') {
      if (!after.startsWith(':')) return fail(`unexpected '${after}' after the host in '${shown}'`, 'write an IPv6 address as [::1]:5432');
      portText = after.slice(1);
    }
  } else {
    const colon = hostPort.lastIndexOf(':');
    if (colon >= 0) {
      host = hostPort.slice(0, colon);
      portText = hostPort.slice(colon + 1);
      if (host.includes(':')) {
        return fail(`the host in '${shown}' has too many ':'`, 'put an IPv6 address in brackets, e.g. [::1]:5432');
      }
    }
  }
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      const hint =
        portText === ''
          ? "drop the ':' or give a port number"
          : "the port is a number from 1 to 65535; if this is part of the password, percent-encode special characters in it (':' as %3A, '@' as %40, '/' as %2F)";
      return fail(`invalid port '${portText}' in '${shown}'`, hint);
    }
    url.port = Number(portText);
  }
  if (host !== '') {
    const h = decode(host, 'host');
    if (!h.ok) return fail(`${h.message} in '${shown}'`, h.hint);
    url.host = h.value;
  }
  if (dbPart !== '') {
    const d = decode(dbPart, 'database name');
    if (!d.ok) return fail(`${d.message} in '${shown}'`, d.hint);
    if (d.value.includes('/')) {
      return fail(
        `the database name '${d.value}' in '${shown}' contains '/'`,
        'the path of a server URL is just the database name, e.g. postgresql://host/lbaas',
      );
    }
    url.database = d.value;
  }
  return { ok: true, url };
}
