/**
 * @module store/remote/sql-value-codec
 * SQL parameters and row values as JSON for the store endpoint: bytes, dates and big integers
 * tagged, so they arrive as the driver gave them.
 */

type Tagged = { $bytes: string } | { $date: string } | { $bigint: string };

/** One parameter or row value, JSON-safe. Only the value itself is tagged, not values nested in jsonb. */
export function encodeSqlValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') } satisfies Tagged;
  if (value instanceof Date) return { $date: value.toISOString() } satisfies Tagged;
  if (typeof value === 'bigint') return { $bigint: value.toString() } satisfies Tagged;
  return value;
}

/** The inverse of {@link encodeSqlValue}. */
export function decodeSqlValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1) return value;
  const tagged = value as Record<string, unknown>;
  if (typeof tagged.$bytes === 'string') return new Uint8Array(Buffer.from(tagged.$bytes, 'base64'));
  if (typeof tagged.$date === 'string') return new Date(tagged.$date);
  if (typeof tagged.$bigint === 'string') return BigInt(tagged.$bigint);
  return value;
}

/** Each field of each row through `convert`. */
export function mapRows(rows: readonly Record<string, unknown>[], convert: (value: unknown) => unknown) {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, convert(value)])));
}
