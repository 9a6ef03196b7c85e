// Outlet names for /news source autocomplete: the outlets of the newest stored stories, most
// frequent first. Read from the store at most every few minutes (autocomplete fires on every
// keystroke and must answer within Discord's 3 seconds), refreshed in the background.
import type { NewsStore } from '../../store/store-types.ts';

const SAMPLE = 1000;
const REFRESH_MS = 5 * 60_000;

export interface KnownSources {
  /** Up to `max` outlet names matching what was typed (prefix matches first). */
  suggest(typed: string, max: number): Promise<string[]>;
}

export function createKnownSources(store: NewsStore, now: () => Date = () => new Date()): KnownSources {
  let names: string[] = [];
  let loadedAt = -Infinity;
  let loading: Promise<void> | undefined;

  function refresh(): Promise<void> {
    loading ??= store
      .search({ limit: SAMPLE })
      .then(({ articles }) => {
        const counts = new Map<string, number>();
        for (const article of articles) if (article.source) counts.set(article.source, (counts.get(article.source) ?? 0) + 1);
        names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
        loadedAt = now().getTime();
      })
      .finally(() => (loading = undefined));
    return loading;
  }

  return {
    async suggest(typed, max) {
      if (loadedAt === -Infinity) await refresh();
      else if (now().getTime() - loadedAt > REFRESH_MS) void refresh().catch(() => undefined);
      const text = typed.trim().toLowerCase();
      const starts = names.filter((name) => name.toLowerCase().startsWith(text));
      const contains = names.filter((name) => !name.toLowerCase().startsWith(text) && name.toLowerCase().includes(text));
      return [...starts, ...contains].slice(0, max);
    },
  };
}
