/**
 * @module extract/canonicalize-url
 * One spelling per address, so the same article reached through different links dedupes.
 */

/** Query parameters that only track a click (analytics, ads, mailing lists, referrers); never part of the address. */
export const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'igshid',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'ncid',
  'sr_share',
  'smid',
  'at_medium',
  'at_campaign',
  '__twitter_impression',
  'spm',
]);

/** Parameter name prefixes that track: Google Analytics `utm_*`, Piwik/Matomo `pk_*`, HubSpot `hsa_*`. */
export const TRACKING_PARAM_PREFIXES = ['utm_', 'pk_', 'hsa_', 'mtm_'];

/**
 * The canonical form of an http(s) URL: lower-case scheme and host (the URL parser does this),
 * no fragment, no default port, tracking parameters dropped, remaining parameters sorted by name,
 * no trailing slash except on the root path. Null for invalid or non-http(s) URLs.
 */
export function canonicalizeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.hostname = parsed.hostname.replace(/\.$/, '');
  const kept = [...parsed.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/'))
    parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  return parsed.href;
}

/** True for a query parameter that only tracks. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
