// A record whose values are built on first read: a check reads the data of two languages of the six, so the
// other four are never built (their tables, regexes and Intl formats cost start-up time in every process).

/**
 * The record `{ key: builders[key]() }`, each value built when its key is first read and kept from then on
 * (the accessor is replaced by the value). Replaces building every value at once.
 */
export function lazyRecord<K extends string, T>(builders: Readonly<Record<K, () => T>>): Record<K, T> {
  const out = {} as Record<K, T>;
  for (const key of Object.keys(builders) as K[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = builders[key]();
        Object.defineProperty(out, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return out;
}
