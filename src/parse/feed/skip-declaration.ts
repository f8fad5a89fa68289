/**
 * @module parse/feed/skip-declaration
 * The feed XML reader's steps over what it never reads: comments, CDATA outside markup elements,
 * processing instructions, and DOCTYPE with its internal subset (so no declared entity is expanded).
 */

/** Skips `<!-- -->`, `<![CDATA[ ]]>` outside markup elements, and `<!DOCTYPE …>` with its internal subset, unread. */
export function skipDeclaration(text: string, open: number, problem: (message: string) => void): number {
  if (text.startsWith('<!--', open)) return skipPast(text, '-->', open + 4, problem, 'a comment');
  // CDATA stays part of the enclosing element's raw content; only its end matters here.
  if (text.startsWith('<![CDATA[', open)) return skipPast(text, ']]>', open + 9, problem, 'a CDATA section');
  const close = text.indexOf('>', open);
  const subset = text.indexOf('[', open);
  if (subset >= 0 && (close < 0 || subset < close)) {
    // The internal subset ends at `]` followed by `>`; declared entities are never read.
    const end = /\]\s*>/g;
    end.lastIndex = subset;
    const match = end.exec(text);
    if (!match) {
      problem('the document ends inside a DOCTYPE');
      return text.length;
    }
    return match.index + match[0].length;
  }
  if (close < 0) {
    problem('the document ends inside a declaration');
    return text.length;
  }
  return close + 1;
}

/** Skips past the next `marker` from `from`; at the end of the text, names `what` was cut off. */
export function skipPast(
  text: string,
  marker: string,
  from: number,
  problem: (message: string) => void,
  what: string,
): number {
  const end = text.indexOf(marker, from);
  if (end < 0) {
    problem(`the document ends inside ${what}`);
    return text.length;
  }
  return end + marker.length;
}
