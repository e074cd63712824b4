/**
 * The one database port of the case service. Both implementations speak
 * the same PostgreSQL dialect, so every query is written once.
 */

/** Something that runs parameterized SQL (`$1`, `$2`, …) and returns its rows. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * A database: `transaction` runs `fn` inside BEGIN/COMMIT and rolls back
 * when `fn` throws; queries on `tx` never interleave with another
 * transaction's statements on the same connection.
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}
