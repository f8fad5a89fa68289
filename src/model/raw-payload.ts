/**
 * @module model/raw-payload
 * A fetched or ingested payload, stored byte for byte before it is parsed, addressed by SHA-256.
 */

export interface RawPayload {
  /** SHA-256 of `bytes`, lower-case hex. */
  hash: string;
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL it was fetched from, or `file://` path it was read from. */
  url: string | null;
  receivedAt: string;
}

/** A payload as handed to the parsers. */
export interface ParseInput {
  bytes: Uint8Array;
  contentType: string | null;
  url: string | null;
}
