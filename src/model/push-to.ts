/**
 * @module model/push-to
 * Appending to a list kept in a Map, in place: `map.set(key, [...old, value])` copies the list on
 * every call, which turns one 50,000-comment venue into a billion copied elements.
 */

/** Appends `value` to the list under `key`, creating it when absent. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
