import { fileURLToPath } from 'node:url';

/** The package root (the shipped versions/ and templates/ live there). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
