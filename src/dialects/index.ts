import type { Dialect } from '../core/dialect.js';
import { mysql } from './mysql.js';
import { postgresql } from './postgresql.js';
import { sqlite } from './sqlite.js';
import type { Lowering } from './statement.js';

export const LOWERINGS: Record<Dialect, Lowering> = { postgresql, mysql, mariadb: mysql, sqlite };
