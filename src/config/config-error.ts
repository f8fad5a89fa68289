/**
 * @module config/config-error
 * The one error settings raise: its message names the key (or file and entry) and the fix.
 */

/** Raised when settings are invalid; the message names the key and the fix. */
export class ConfigError extends Error {
  readonly code = 'invalid-config';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}
