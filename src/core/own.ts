// Lookups in a table keyed by words that come from input. A plain object answers "constructor" (and
// "__proto__") from Object.prototype: a reply, a config or a command line naming one would get a function
// back instead of nothing. own() answers only the table's own entries.

/** table[key] when the table itself holds key, else undefined. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
