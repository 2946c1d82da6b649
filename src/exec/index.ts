export { connect, type ConnectTarget } from './connect.js';
export { MysqlExecutor } from './mysql.js';
export { PostgresExecutor } from './postgresql.js';
export { SqliteExecutor } from './sqlite.js';
export { ExecError, type ExecResult, type Executor, type ExecutorOptions, type RunOptions, type StatementSpan } from './executor.js';
