/** The PostgreSQL archive backend's public face (the CLI, the extension and scripts import from here or its files). */
export { DATABASE_URL_ENV, databaseConfigSchema, parseDatabaseConfig, redactUrl, type DatabaseConfig } from './config';
export { DatabaseError, openArchive, withClient, type Archive } from './connection';
export { PostgresRetriever, POOL_MIN, MATCH_BUDGET } from './retriever';
export { SCHEMA_VERSION, migrate } from './schema';
export { BATCH_FILES, contentHash, syncRoot, type SyncInput, type SyncResult } from './sync';
export { RANK_WEIGHTS } from './tsvector';
