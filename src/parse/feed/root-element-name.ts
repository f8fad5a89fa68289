/**
 * @module parse/feed/root-element-name
 * Finds the name of an XML document's root element cheaply, for format detection.
 */

/** How far into the text the root element is looked for: feeds with long comment or DTD preambles fit. */
const ROOT_SCAN_CHARS = 8192;

/**
 * The root element's qualified name (`rss`, `rdf:RDF`, `feed`), skipping the XML declaration,
 * processing instructions, comments and a DOCTYPE; null when the text does not start like XML.
 */
export function rootElementName(text: string): string | null {
  let rest = text
    .slice(0, ROOT_SCAN_CHARS)
    .replace(/^\uFEFF/, '')
    .trimStart();
  for (;;) {
    let next: string | null;
    if (rest.startsWith('<?')) next = afterMarker(rest, '?>');
    else if (rest.startsWith('<!--')) next = afterMarker(rest, '-->');
    else if (/^<!DOCTYPE/i.test(rest)) next = afterDoctype(rest);
    else break;
    if (next === null) return null;
    rest = next.trimStart();
  }
  return /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1] ?? null;
}

function afterMarker(text: string, marker: string): string | null {
  const end = text.indexOf(marker);
  return end < 0 ? null : text.slice(end + marker.length);
}

function afterDoctype(text: string): string | null {
  const subsetStart = text.indexOf('[');
  const close = text.indexOf('>');
  if (subsetStart >= 0 && subsetStart < close) {
    const subsetEnd = text.indexOf(']>', subsetStart);
    return subsetEnd < 0 ? null : text.slice(subsetEnd + 2);
  }
  return close < 0 ? null : text.slice(close + 1);
}
