/**
 * @module fetch/with-robots-policy
 * robots.txt per RFC 9309 around a fetcher: each origin's file is fetched once and kept at most
 * 24 hours; a 4xx means no rules (allow), a 5xx or an unreachable server means "disallow everything"
 * for now; a path the rules disallow for our user agent is refused with a FetchError that says so,
 * and a Crawl-delay longer than the fetcher's spacing is honoured.
 */
import { createRequire } from 'node:module';
import { FetchError } from './fetch-error.js';
import type { ClosableFetcher } from './create-fetcher.js';

interface ParsedRobots {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}
// robots-parser is CommonJS whose module.exports is the parser function; its bundled types declare an
// ES default export that NodeNext resolution cannot call, so it is loaded the CommonJS way.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => ParsedRobots;

/** RFC 9309 §2.4: crawlers SHOULD NOT use a cached robots.txt for more than 24 hours. */
export const ROBOTS_CACHE_MS = 24 * 60 * 60 * 1000;
/** Crawl-delay values above this are read as a misconfiguration, not an instruction to wait minutes per request. */
export const MAX_CRAWL_DELAY_MS = 30_000;

interface Rules {
  allows(url: string): boolean;
  crawlDelayMs: number;
  /** Why everything is refused, when it is (a 5xx or an unreachable robots.txt). */
  refusal: string | null;
  fetchedAtMs: number;
}

export interface RobotsPolicyOptions {
  userAgent: string;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * How much of a robots.txt is read: RFC 9309 §2.5 asks crawlers to parse at least 500 KiB and lets
 * them ignore the rest. The cut falls at the last line break inside the limit, so no rule is halved.
 */
export const ROBOTS_PARSE_LIMIT_CHARS = 500 * 1024;

function withinParseLimit(text: string): string {
  if (text.length <= ROBOTS_PARSE_LIMIT_CHARS) return text;
  const cut = text.lastIndexOf('\n', ROBOTS_PARSE_LIMIT_CHARS);
  return text.slice(0, cut > 0 ? cut : ROBOTS_PARSE_LIMIT_CHARS);
}

/** The fetcher with robots.txt obeyed for every URL but robots.txt itself. */
export function withRobotsPolicy(fetcher: ClosableFetcher, options: RobotsPolicyOptions): ClosableFetcher {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const rulesByOrigin = new Map<string, Promise<Rules>>();
  const lastStartByOrigin = new Map<string, number>();
  // The product token robots.txt groups match on: "undercurrent" from "undercurrent/0.1 (+…)".
  const agent = options.userAgent.split(/[\s/]/)[0] ?? options.userAgent;

  async function loadRules(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    const fetchedAtMs = now().getTime();
    try {
      const page = await fetcher.fetchPage(robotsUrl);
      // TextDecoder drops a UTF-8 byte-order mark, which would otherwise hide the first line's rule.
      const parsed = robotsParser(robotsUrl, withinParseLimit(new TextDecoder().decode(page.body)));
      const delay = parsed.getCrawlDelay(agent);
      return {
        allows: (url) => parsed.isAllowed(url, agent) !== false,
        crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.min(MAX_CRAWL_DELAY_MS, delay * 1000) : 0,
        refusal: null,
        fetchedAtMs,
      };
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      // 4xx: the site publishes no rules for us (RFC 9309 §2.3.1.3).
      if (error.code === 'http-status' && error.status !== null && error.status >= 400 && error.status < 500) {
        return { allows: () => true, crawlDelayMs: 0, refusal: null, fetchedAtMs };
      }
      // The guard's refusals (a private address, a bad scheme) apply to the page too: report them as they are.
      if (!error.retryable) throw error;
      // 5xx or unreachable: assume complete disallow (§2.3.1.4) until the next try.
      return {
        allows: () => false,
        crawlDelayMs: 0,
        refusal: `${robotsUrl} could not be read (${error.message}), which RFC 9309 treats as disallowing everything`,
        fetchedAtMs,
      };
    }
  }

  function rulesFor(origin: string): Promise<Rules> {
    const cached = rulesByOrigin.get(origin);
    if (cached) {
      return cached.then((rules) => {
        const stale = now().getTime() - rules.fetchedAtMs > ROBOTS_CACHE_MS || rules.refusal !== null;
        if (!stale) return rules;
        rulesByOrigin.delete(origin);
        return rulesFor(origin);
      });
    }
    const loading = loadRules(origin);
    rulesByOrigin.set(origin, loading);
    loading.catch(() => rulesByOrigin.delete(origin));
    return loading;
  }

  return {
    async fetchPage(url, conditional, request) {
      const parsed = new URL(url);
      if (parsed.pathname === '/robots.txt') return fetcher.fetchPage(url, conditional, request);
      const rules = await rulesFor(parsed.origin);
      if (rules.refusal) throw new FetchError('robots-disallowed', `refused ${url}: ${rules.refusal}`, { url });
      if (!rules.allows(url)) {
        throw new FetchError(
          'robots-disallowed',
          `refused ${url}: ${parsed.origin}/robots.txt disallows ${parsed.pathname} for ${agent}; set fetch.respectRobots to false only where the site allows this use`,
          { url },
        );
      }
      if (rules.crawlDelayMs > 0) {
        const last = lastStartByOrigin.get(parsed.origin);
        const waitMs = last === undefined ? 0 : last + rules.crawlDelayMs - now().getTime();
        if (waitMs > 0) await sleep(waitMs);
        lastStartByOrigin.set(parsed.origin, now().getTime());
      }
      return fetcher.fetchPage(url, conditional, request);
    },
    close: () => fetcher.close(),
  };
}
