/**
 * @module sources/strip-control-characters
 * Makes text that came from a remote body (an error quoting it, a title) safe to store and to print:
 * no NUL (PostgreSQL refuses it in text), no terminal escape sequences, no other control characters.
 */

/**
 * Terminal escape sequences (ECMA-48): CSI `ESC [ … final` and its 8-bit form 0x9B, OSC `ESC ] … BEL|ST`
 * (window titles, hyperlinks), and the other two-byte `ESC x` sequences. Removed whole, so no
 * parameter bytes are left behind as text.
 */
const ESCAPE_SEQUENCES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's job.
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?/g;

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's job.
const CONTROL_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Bidirectional overrides and isolates, which can make a terminal show text in another order than it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Tab, line feed and carriage return, which are kept only where lines are wanted. */
const LINE_BREAKS_AND_TABS = /\r\n|[\t\n\r]/g;

export interface StripOptions {
  /** Keep line feeds (a carriage return becomes one); otherwise every line break and tab is one space. Default false. */
  keepNewlines?: boolean;
}

/** `text` without escape sequences and control characters; line breaks and tabs become spaces unless kept. */
export function stripControlCharacters(text: string, options: StripOptions = {}): string {
  const stripped = text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '');
  if (!options.keepNewlines) return stripped.replace(LINE_BREAKS_AND_TABS, ' ');
  return stripped.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/**
 * The most characters of a stored failure reason: room for a code, two long URLs and the server's own
 * words. Past it a message is quoting a body, which nobody reads in `sources list`.
 */
export const MAX_STORED_MESSAGE_LENGTH = 1_000;

/**
 * A failure message fit to store on a source and print: one line, without control characters, at most
 * {@link MAX_STORED_MESSAGE_LENGTH} characters (cut ones end in "…"; a surrogate pair is never split).
 */
export function storableMessage(message: string): string {
  const line = stripControlCharacters(message).replace(/ {2,}/g, ' ').trim();
  if (line.length <= MAX_STORED_MESSAGE_LENGTH) return line;
  let cut = MAX_STORED_MESSAGE_LENGTH - 1;
  const last = line.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${line.slice(0, cut)}…`;
}
