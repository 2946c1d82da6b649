/**
 * Keys that other tools read from the sections this tool shares with them. A neutron.conf holds
 * oslo.db's pool and retry settings under [database], and an alembic.ini holds Alembic's own keys
 * under [alembic]: they belong there, so they are skipped without a word. A key that neither this
 * tool nor the section's owner knows is still a warning (CF011), since it is most likely misspelt.
 */
export const FOREIGN_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  // oslo.db's [database] options, with the names earlier releases used for them.
  database: new Set([
    'backend',
    'db_backend',
    'slave_connection',
    'sqlite_synchronous',
    'sqlite_db',
    'mysql_sql_mode',
    'mysql_wsrep_sync_wait',
    'mysql_enable_ndb',
    'connection_recycle_time',
    'idle_timeout',
    'sql_idle_timeout',
    'max_pool_size',
    'sql_max_pool_size',
    'min_pool_size',
    'sql_min_pool_size',
    'max_retries',
    'sql_max_retries',
    'retry_interval',
    'sql_retry_interval',
    'reconnect_interval',
    'max_overflow',
    'sql_max_overflow',
    'sqlalchemy_max_overflow',
    'connection_debug',
    'sql_connection_debug',
    'connection_trace',
    'sql_connection_trace',
    'pool_timeout',
    'sqlalchemy_pool_timeout',
    'use_db_reconnect',
    'db_retry_interval',
    'db_inc_retry_interval',
    'db_max_retry_interval',
    'db_max_retries',
    'connection_parameters',
    'use_tpool',
    'asyncio_connection',
    'asyncio_slave_connection',
    'mysql_server_default_collation',
  ]),
  // alembic.ini's [alembic] keys that this tool has no use for.
  alembic: new Set([
    'file_template',
    'prepend_sys_path',
    'timezone',
    'truncate_slug_length',
    'revision_environment',
    'sourceless',
    'version_locations',
    'version_path_separator',
    'path_separator',
    'recursive_version_locations',
    'output_encoding',
  ]),
};

/**
 * The sections this tool does not read are other programs' (a neutron.conf has dozens: [DEFAULT],
 * [keystone_authtoken], [nova], alembic.ini's [loggers]...). They are skipped quietly unless the name
 * is a near miss of one of ours, which `readConfigFile` still reports (CF010).
 */
export function isForeignOption(section: string, key: string): boolean {
  return FOREIGN_OPTIONS[section]?.has(key) ?? false;
}
