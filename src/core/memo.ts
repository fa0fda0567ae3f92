// The per-reply memo: a function of one object (a reply, a reply's context) computed once per object and
// kept as long as the object lives, so rules that ask the same question of a reply share the answer.

/** `compute` wrapped so each key is computed once (undefined and null answers are kept too). */
export function memoPer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
