import type { Database } from './database';
import { MIGRATIONS, type Migration } from './migrations';

export { MIGRATIONS };

/** Brings the schema up to the latest version; returns the versions applied. */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await db.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at INTEGER NOT NULL
    );
  `);
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      if (await tx.get('SELECT 1 FROM schema_migrations WHERE version = ?', [m.version])) return true;
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        Date.now(),
      ]);
      return false;
    });
    if (!done) applied.push(m.version);
  }
  return applied;
}
