/**
 * @module fetch/connectors/reddit-user-agent
 * The User-Agent Reddit's API rules ask for: `<platform>:<app ID>:<version> (by /u/<username>)`.
 */

/** The format in Reddit's API rules (github.com/reddit-archive/reddit/wiki/API): generic agents are throttled. */
export interface RedditUserAgentParts {
  /** The installation's own id, so two installations never share an agent. */
  installationId: string;
  /** The operator's Reddit username, when they gave one. */
  username?: string | null;
  version?: string;
}

/** `nodejs:undercurrent-<installation>:0.1 (by /u/<name>)`, or `(self-hosted undercurrent)` without a username. */
export function redditUserAgent(parts: RedditUserAgentParts): string {
  const contact = parts.username ? `by /u/${parts.username}` : 'self-hosted undercurrent';
  return `nodejs:undercurrent-${parts.installationId}:${parts.version ?? '0.1'} (${contact})`;
}
