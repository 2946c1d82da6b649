/**
 * The environment every database client started by the tests runs with: an editor that fails
 * at once and a pager that only copies. A client that reads `\e` (psql, mariadb/mysql) from a
 * broken literal in a script then stops with an error in milliseconds instead of opening an
 * editor on a terminal nobody watches; a client that pages prints instead of waiting.
 *
 * Loaded as a vitest setup file (every worker's process.env gets these values, and so does
 * every child process, including the command line and the clients it starts), and laid over
 * explicit environments by test/support/engines.ts.
 */
export const CLIENT_ENV: Readonly<Record<string, string>> = Object.freeze({
  EDITOR: 'false',
  VISUAL: 'false',
  PSQL_EDITOR: 'false',
  PAGER: 'cat',
  PSQL_PAGER: 'cat',
});

/** `env` with the client settings above laid over it (a new object). */
export function withClientEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ...CLIENT_ENV };
}

Object.assign(process.env, CLIENT_ENV);
