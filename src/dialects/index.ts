import { DIALECTS, type Dialect } from '../core/dialect.js';
import { DIALECT_OBJECTS } from './registry.js';
import type { Lowering } from './statement.js';

export { caps, dialectObject, DIALECT_OBJECTS } from './registry.js';

export const LOWERINGS = Object.fromEntries(DIALECTS.map((d) => [d, DIALECT_OBJECTS[d].lowering])) as Record<Dialect, Lowering>;
