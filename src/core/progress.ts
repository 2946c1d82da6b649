/**
 * The side table a resumable MySQL/MariaDB script keeps next to the version table: one row per
 * statement of the revision that is running (src/emit/resume.ts writes it; the executor and
 * `current` read it).
 */
export function progressTable(versionTable: string): string {
  return `${versionTable}_progress`;
}
