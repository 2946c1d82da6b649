/** HTML-escapes text for element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const KEYWORDS = new Set(
  `
ADD ALTER AND AS ASC BEGIN BETWEEN BY CASCADE CASE CHECK COLUMN COMMIT CONCAT CONSTRAINT CREATE
CURRENT_DATE CURRENT_TIMESTAMP DEALLOCATE DECLARE DEFAULT DELETE DESC DISTINCT DO DROP ELSE END ENUM
EXCEPTION EXECUTE EXISTS FOREIGN FROM FOR GROUP HAVING HINT IF IMMEDIATE IN INDEX INNER INSERT INTO IS JOIN
KEY LEFT LIKE LIMIT MODIFY CHANGE NOT NULL OFF ON OR ORDER PRAGMA PREPARE PRIMARY RAISE REFERENCES RELEASE
RENAME REPLACE RESTRICT ROLLBACK SAVEPOINT SELECT SESSION SET SIGNAL SQLSTATE TABLE TEMP TEMPORARY THEN TO
TRANSACTION TYPE UNIQUE UPDATE USING VALUES WHEN WHERE WITH INTEGER VARCHAR TEXT BOOLEAN BOOL SMALLINT BIGINT
FLOAT NUMERIC DATE DATETIME TIMESTAMP WITHOUT TIME ZONE SERIAL BYTEA BLOB AUTO_INCREMENT COALESCE GROUP_CONCAT
`
    .trim()
    .split(/\s+/),
);

const TOKEN =
  /(--[^\n]*)|('(?:[^']|'')*')|("(?:[^"]|"")*"|`(?:[^`]|``)*`)|(\$[A-Za-z_]*\$)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][A-Za-z0-9_]*)|(^\\[^\n]*|^\.[a-z]+[^\n]*)/gm;

/**
 * SQL as HTML with simple spans: c comment, s string, i quoted identifier,
 * d dollar-quote tag, n number, k keyword, p client directive. Everything
 * else is escaped text.
 */
export function highlightSql(sql: string): string {
  let out = '';
  let last = 0;
  for (const m of sql.matchAll(TOKEN)) {
    const at = m.index!;
    out += esc(sql.slice(last, at));
    const t = m[0];
    let cls: string | null = null;
    if (m[1]) cls = 'c';
    else if (m[2]) cls = 's';
    else if (m[3]) cls = 'i';
    else if (m[4]) cls = 'd';
    else if (m[5]) cls = 'n';
    else if (m[6]) cls = KEYWORDS.has(t.toUpperCase()) && t === t.toUpperCase() ? 'k' : null;
    else if (m[7]) cls = 'p';
    out += cls ? `<span class="${cls}">${esc(t)}</span>` : esc(t);
    last = at + t.length;
  }
  return out + esc(sql.slice(last));
}
