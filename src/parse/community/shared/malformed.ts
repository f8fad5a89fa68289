/**
 * @module parse/community/shared/malformed
 * The one way community parsers report a recognised payload that lacks what they need.
 */
import { ParseError } from '../../payload-parser.js';

/** A ParseError `malformed` whose message starts with the format id and names what is missing. */
export function malformed(format: string, message: string): ParseError {
  return new ParseError('malformed', `${format}: ${message}`);
}
