// @keyv/sqlite with what a 100,000-article store needs and 4.0.8 lacks. Keyv calls these methods
// itself, so the rest of the store stays backend-agnostic.
import KeyvSqlite from '@keyv/sqlite';

export class SqliteKeyvStore extends KeyvSqlite {
  /** WAL lets readers (a `newsbot query` process) run beside the bot's writes; NORMAL sync is
   * durable across process crashes in WAL mode and makes each commit cheap. */
  async useWal(): Promise<void> {
    await this.query('PRAGMA journal_mode = WAL');
    await this.query('PRAGMA synchronous = NORMAL');
  }

  /** One statement per batch (atomic on its own). Without it keyv issues one autocommit write per
   * entry; a BEGIN/COMMIT around them would also sweep up unrelated concurrent writes made on this
   * shared connection. */
  async setMany(entries: { key: string; value: unknown }[]): Promise<void> {
    if (entries.length === 0) return;
    await this.query(
      `INSERT INTO ${this.opts.table} (key, value)
       SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE true
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      JSON.stringify(entries.map((entry) => [entry.key, entry.value])),
    );
  }

  /** Keyset pagination over the key's primary-key index: the stock iterator pages with
   * LIMIT/OFFSET, which re-reads every earlier row on each page (13 s for 100,000 articles). */
  override async *iterator(namespace?: string): AsyncGenerator<[string, string], void> {
    const limit = Number(this.opts.iterationLimit) || 1000;
    // Keys of a namespace are `ns:...`; ';' is the character after ':', so `< 'ns;'` ends the range.
    const [low, high] = namespace ? [`${namespace}:`, `${namespace};`] : ['', '\u{10FFFF}'];
    let after = low;
    for (;;) {
      const rows: { key: string; value: string }[] = await this.query(
        `SELECT key, value FROM ${this.opts.table} WHERE key > ? AND key < ? ORDER BY key LIMIT ?`,
        after,
        high,
        limit,
      );
      for (const row of rows) yield [row.key, row.value];
      if (rows.length < limit) return;
      after = rows[rows.length - 1].key;
    }
  }
}
