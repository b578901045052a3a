/**
 * Reading a register repeats itself: 200 000 rows hold a few hundred distinct dates, scope lists,
 * status words and marks. A reading of cell text is made once per distinct text and shared. The
 * cache is bounded so a column of unique texts cannot grow it without end; what it returns for a
 * text never changes, so clearing it changes nothing but time.
 */
const LIMIT = 20_000;

export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    const value = read(text);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}
