// Writes the demo corpus into demo/site and demo/sources.json: `node demo/authoring/main.mjs`.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bskyPost, bskyThread, discourseTopic, hnItem, mastodonStatus, redditThread } from './builders.mjs';
import { articlePage, atom, jsonFeed, phpbbTopic, rss, wordpressCommentFeed } from './markup.mjs';
import * as K from './story-kestrel.mjs';
import * as L from './story-loom.mjs';
import * as H from './story-harbor.mjs';
import * as N from './story-northline.mjs';
import * as A from './story-aster.mjs';
import * as D from './distractors.mjs';
import * as B from './story-background.mjs';

const root = process.argv[2] ?? fileURLToPath(new URL('../', import.meta.url));
const site = join(root, 'site');
rmSync(site, { recursive: true, force: true });
const sources = [];
const queryKey = (params) => [...new URLSearchParams(params)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
function put(path, content, source, query, asFolderIndex = false) {
  let file = path.replace(/^\//, '');
  if (file.endsWith('/') || asFolderIndex) file += (file.endsWith('/') ? '' : '/') + 'index';
  if (query) file += '/' + queryKey(query);
  const full = join(site, file);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  const url = query ? `${path}?${new URLSearchParams(query).toString()}` : path;
  sources.push({ path: url, ...source });
}
const byDateDesc = (items) => [...items].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

// ---- press feeds ----
const circuit = { name: 'The Daily Circuit', host: 'dailycircuit.example', tagline: 'Chips, code and the companies behind them' };
put('/press/daily-circuit/feed.xml', rss(circuit, byDateDesc([K.circuitVireo, K.circuitEarnings, L.circuitLoom, L.circuitTapestry, A.circuitAster, D.circuitLaptop, B.circuitLoomRelease, B.circuitAsterWear])),
  { kind: 'press', platform: 'feed', title: 'The Daily Circuit (RSS)' });
const meridian = { name: 'The Meridian Observer', host: 'meridianobserver.example', tagline: 'News, science and business from across the continent' };
put('/press/meridian-observer/atom.xml', atom(meridian, byDateDesc([K.meridianVireo, K.meridianEarnings, H.meridianHarbor, A.meridianAster, D.meridianMarathon, B.meridianLoomRelease, B.meridianAsterWear])),
  { kind: 'press', platform: 'feed', title: 'The Meridian Observer (Atom)' });
const ledger = { name: 'The Harbor Ledger', host: 'harborledger.example', tagline: 'Independent news for Harbor City since 1911' };
put('/press/harbor-ledger/feed.json', jsonFeed(ledger, byDateDesc([H.ledgerVote, H.ledgerExplainer, N.ledgerNorthline, D.ledgerLibrary, B.ledgerAsterWear])),
  { kind: 'press', platform: 'feed', title: 'The Harbor Ledger (JSON Feed)' });

// ---- standalone article pages ----
const pageSites = {
  kestrel: { name: 'Kestrel Semiconductor', host: 'kestrelsemi.example', nav: ['Products', 'Developers', 'Newsroom', 'Investors', 'Careers'], newsletter: 'Kestrel news in your inbox', related: ['Vireo X70 drivers updated', 'Kestrel at GameDev Summit 2026', 'Talon accelerator roadmap'] },
  loomworks: { name: 'Loomworks', host: 'loomworks.example', nav: ['Loom', 'Docs', 'Blog', 'Cloud', 'Pricing'], newsletter: 'The Loom newsletter', related: ['Loom 4.2 release notes', 'Scaling writes in Loom', 'Our contributor agreement explained'] },
  wire: { name: 'Regional Wire', host: 'regionalwire.example', nav: ['News', 'Transport', 'Politics', 'Business', 'Weather'], newsletter: 'The Wire daily briefing', related: ['Eastbank resignalling: what to expect', 'Driver training numbers up 12 percent', 'Bus network review delayed'] },
  courier: { name: 'The Coastal Courier', host: 'coastalcourier.example', nav: ['Local', 'Transport', 'Sport', 'Opinion', 'Obituaries'], newsletter: 'Courier morning edition', related: ['Ferry fares frozen for 2027', 'Coast road reopens after repairs', 'Letters: the trains we need'] },
  cmsa: { name: 'Continental Meteorological Satellite Agency', host: 'cmsa.example', nav: ['Satellites', 'Data access', 'Operational notices', 'Science', 'About'], newsletter: 'Operational notices by email', related: ['Aster-2 scan schedule', 'Aster-4 mission overview', 'How geostationary imagers work'] },
};
const page = (path, siteKey, article, title) => put(path, articlePage(pageSites[siteKey], article), { kind: 'press', platform: 'web', title });
page('/press/kestrel-semiconductor/2026/11/vireo-x90-launch.html', 'kestrel', K.vireoLaunch, 'Kestrel newsroom: Vireo X90 launch');
page('/press/kestrel-semiconductor/2026/11/q3-fiscal-2027-results.html', 'kestrel', K.kestrelResults, 'Kestrel investor relations: Q3 FY2027 results');
page('/press/loomworks/2026/11/loom-4-3-and-lsal.html', 'loomworks', L.loomBlog, 'Loomworks blog: Loom 4.3 and the LSAL');
page('/press/loomworks/2026/10/loom-4-2-released.html', 'loomworks', B.loomReleaseBlog, 'Loomworks blog: Loom 4.2 released');
page('/press/regional-wire/2026/11/northline-rail-cuts-40-weekday-trains.html', 'wire', N.wireNorthline, 'Regional Wire: Northline cuts 40 weekday trains');
page('/press/coastal-courier/2026/11/northline-rail-cuts-40-weekday-trains.html', 'courier', N.courierNorthline, 'The Coastal Courier: Northline cuts (syndicated from Regional Wire)');
page('/press/cmsa/2026/11/aster-3-imager-status.html', 'cmsa', A.cmsaStatement, 'CMSA operational notice: Aster-3 imager');

// ---- news-site comment section (WordPress per-post comment feed) ----
put('/press/harbor-ledger/2026/11/18/council-votes-to-keep-plate-reader-data-for-a-year/feed/', wordpressCommentFeed(ledger, H.ledgerVote, H.ledgerComments),
  { kind: 'community', platform: 'comments', title: 'Harbor Ledger comments: plate-reader vote', venue: 'The Harbor Ledger' });

// ---- Reddit ----
put('/reddit/r/hardware/comments/1kx9v0q.json', redditThread(K.hardwareThread), { kind: 'community', platform: 'reddit', title: 'r/hardware: Vireo X90 bus width' });
put('/reddit/r/stocks/comments/1kzq3m8.json', redditThread(K.stocksThread), { kind: 'community', platform: 'reddit', title: 'r/stocks: Kestrel Q3 earnings' });
put('/reddit/r/weather/comments/1ks4w2n.json', redditThread(B.asterWearThread), { kind: 'community', platform: 'reddit', title: 'r/weather: Aster-3 scan-mirror wear' });
put('/reddit/r/database/comments/1kp2r7t.json', redditThread(B.loomReleaseThread), { kind: 'community', platform: 'reddit', title: 'r/database: Loom 4.2 released' });

// ---- Hacker News (Algolia items API) ----
put(`/hn/api/v1/items/${L.loomHn.id}`, hnItem(L.loomHn), { kind: 'community', platform: 'hackernews', title: 'Hacker News: Loom changes license' });

// ---- Discourse ----
put(`/discourse/t/${L.loomTopic.slug}/${L.loomTopic.id}.json`, discourseTopic(L.loomTopic), { kind: 'community', platform: 'discourse', title: 'Loom forum: LICENSE changed on main', venue: 'Loom' });

// ---- phpBB forums ----
put('/forum/siliconbench/viewtopic.php', phpbbTopic(K.siliconBenchTopic), { kind: 'community', platform: 'forum', title: 'Silicon Bench Forums: Vireo X90 VBIOS dump' }, { t: String(K.siliconBenchTopic.topicId) });
put('/forum/northline-commuters/viewtopic.php', phpbbTopic(N.commutersTopic), { kind: 'community', platform: 'forum', title: 'Northline Commuters: winter timetable' }, { t: String(N.commutersTopic.topicId) });

// ---- Bluesky ----
for (const [thread, title] of [[N.jessThread, 'Bluesky: Northline winter timetable thread'], [A.orbitalThread, 'Bluesky: Aster-3 imager thread']]) {
  const body = bskyThread(thread);
  put('/bsky/xrpc/app.bsky.feed.getPostThread', body, { kind: 'community', platform: 'bluesky', title }, { uri: body.thread.post.uri });
}
const searchPosts = byDateDesc(N.northlineSearch).map((p) => bskyPost(p));
put('/bsky/xrpc/app.bsky.feed.searchPosts', { cursor: '4', hitsTotal: searchPosts.length, posts: searchPosts },
  { kind: 'community', platform: 'bluesky', title: 'Bluesky search: northline timetable' }, { q: 'northline timetable', sort: 'latest' });

// ---- Mastodon ----
const tagServer = 'harbor.social.example';
const tagStatuses = H.harborTag.map((s) => mastodonStatus(s, tagServer));
tagStatuses[4].in_reply_to_id = tagStatuses[3].id;
tagStatuses[4].in_reply_to_account_id = tagStatuses[3].account.id;
put('/mastodon/harbor.social/api/v1/timelines/tag/HarborCity', [...tagStatuses].reverse(), { kind: 'community', platform: 'mastodon', title: 'Mastodon #HarborCity' });
const skyServer = 'skywatch.social.example';
const rootStatus = mastodonStatus(A.lenaRoot, skyServer);
const replies = [];
for (const reply of A.lenaReplies) replies.push(mastodonStatus(reply, skyServer, reply.parent === 'root' ? rootStatus : replies[reply.parent]));
put(`/mastodon/skywatch.social/api/v1/statuses/${rootStatus.id}`, rootStatus, { kind: 'community', platform: 'mastodon', title: 'Mastodon: Aster-3 missing images (post)' }, undefined, true);
put(`/mastodon/skywatch.social/api/v1/statuses/${rootStatus.id}/context`, { ancestors: [], descendants: replies }, { kind: 'community', platform: 'mastodon', title: 'Mastodon: Aster-3 missing images (replies)' });

writeFileSync(join(root, 'sources.json'), JSON.stringify(sources, null, 2) + '\n');
console.log(`${sources.length} sources written`);
