export { buildGraph, GRAPH_CODES, RevisionGraph, type AnyRevisionGraph, type Walk } from './graph.js';
export { resolveTarget, resolveOne, RESOLVE_CODES, type Target, type ResolveContext } from './resolve.js';
export { planUpgrade, planDowngrade, checkCurrent, newestFirst, PLAN_CODES, type Plan, type PlanStep, type VersionAction } from './plan.js';
export { stamp, type StampResult } from './stamp.js';
export { parseRange, resolveStart, RANGE_CODE, type Range } from './range.js';
export { VersionTable } from './versions.js';
export type { Result } from './result.js';
