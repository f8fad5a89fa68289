/**
 * @module parse/community/shared/json-value
 * Narrow readers over untyped JSON: objects, strings, numbers, arrays, without trusting the shape.
 */

/** A JSON object as a string-keyed record. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or null. */
export function objectOf(value: unknown): JsonObject | null {
  return isJsonObject(value) ? value : null;
}

/** A non-empty string, or null (numbers are turned into their decimal text). */
export function stringOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A finite number, or undefined (so an absent engagement count stays absent). */
export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The value as an array, or [] when it is anything else. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
