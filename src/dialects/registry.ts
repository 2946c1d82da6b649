import type { Dialect } from '../core/dialect.js';
import type { Capabilities } from './capabilities.js';
import type { DialectObject } from './dialect-object.js';
import { mariadb } from './mariadb/index.js';
import { mysql } from './mysql/index.js';
import { postgresql } from './postgresql/index.js';
import { sqlite } from './sqlite/index.js';

/** Every dialect's object: one line per dialect. */
export const DIALECT_OBJECTS: Record<Dialect, DialectObject> = {
  postgresql,
  mysql,
  mariadb,
  sqlite,
};

/** The dialect's object. */
export function dialectObject(d: Dialect): DialectObject {
  return DIALECT_OBJECTS[d];
}

/** What the dialect can do: read these rather than testing the dialect's name. */
export function caps(d: Dialect): Capabilities {
  return DIALECT_OBJECTS[d].capabilities;
}
