/** The package's library entry (`import { compile, loadHistory } from 'lbaas-db-manage'`): see docs/api.md. */
export * from './pipeline/index.js';
