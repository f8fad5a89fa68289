/**
 * Reads the Python literals in feedparser-tests' `Expect:` lines (strings with escapes, integers),
 * so scripts/eval/feeds.ts can check them without a Python interpreter.
 */

/** A parsed literal and the index just after it; null when the text at `start` is not one we read. */
export function readPythonLiteral(text: string, start: number): { value: string | number; end: number } | null {
  const integer = /^-?\d+(?![.\d])/.exec(text.slice(start));
  if (integer) return { value: Number(integer[0]), end: start + integer[0].length };
  let index = start;
  if (text[index] === 'u' || text[index] === 'b') index += 1;
  const quote = text[index];
  if (quote !== "'" && quote !== '"') return null;
  index += 1;
  let value = '';
  while (index < text.length && text[index] !== quote) {
    const character = text[index]!;
    if (character !== '\\') {
      value += character;
      index += 1;
      continue;
    }
    const next = text[index + 1]!;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
    if (next in simple) {
      value += simple[next];
      index += 2;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      value += String.fromCodePoint(parseInt(text.slice(index + 2, index + 2 + width), 16));
      index += 2 + width;
    } else {
      value += `\\${next}`;
      index += 2;
    }
  }
  if (text[index] !== quote) return null;
  return { value, end: index + 1 };
}
