// Builders that turn compact storyline data into each platform's real response shape.
import { createHash } from 'node:crypto';

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const paragraphsOf = (text) => text.trim().split(/\n\s*\n/).map((p) => p.trim().replace(/\s*\n\s*/g, ' '));
export const htmlParas = (text) => paragraphsOf(text).map((p) => `<p>${esc(p)}</p>`).join('\n');
export const unix = (iso) => Math.floor(Date.parse(iso) / 1000);
export const rfc822 = (iso) => new Date(iso).toUTCString().replace('GMT', '+0000');
const hash = (s) => createHash('sha256').update(s).digest();
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
const base32 = (buf, n) => { let out = ''; for (let i = 0; out.length < n; i++) out += B32[buf[i % buf.length] % 32]; return out; };
export const did = (name) => `did:plc:${base32(hash('did' + name), 24)}`;
export const cid = (s) => `bafyrei${base32(hash('cid' + s), 52)}`;
// Bluesky record keys are TIDs: 13 base32-sortable chars derived from microseconds.
const S32 = '234567abcdefghijklmnopqrstuvwxyz';
export const tid = (iso, seq = 0) => { let v = BigInt(Date.parse(iso)) * 1000n + BigInt(seq); v = (v << 10n) | 7n; let s = ''; for (let i = 0; i < 13; i++) { s = S32[Number(v & 31n)] + s; v >>= 5n; } return s; };
// Mastodon ids are snowflakes: milliseconds shifted left 16 bits plus a sequence.
export const snowflake = (iso, seq = 0) => String((BigInt(Date.parse(iso)) << 16n) + BigInt(1000 + seq));

// ---------- Reddit: /comments/<id>.json, two Listings ----------
export function redditThread(t) {
  const sub = t.subreddit;
  const subId = `t5_${base32(hash(sub), 5)}`;
  const permalink = `/r/${sub}/comments/${t.id}/${t.slug}/`;
  const md = (body) => esc(`<div class="md">${htmlParas(body)}</div>`);
  const comment = (c, parent, depth) => ({
    kind: 't1',
    data: {
      subreddit_id: subId, approved_at_utc: null, author_is_blocked: false, comment_type: null, awarders: [], mod_reason_by: null,
      banned_by: null, author_flair_type: 'text', total_awards_received: 0, subreddit: sub, author_flair_template_id: null,
      likes: null, replies: c.replies?.length ? { kind: 'Listing', data: { after: null, dist: null, modhash: '', geo_filter: '', children: c.replies.map((r) => comment(r, `t1_${c.id}`, depth + 1)), before: null } } : '',
      user_reports: [], saved: false, id: c.id, banned_at_utc: null, mod_reason_title: null, gilded: 0, archived: false,
      collapsed_reason_code: null, no_follow: c.score < 2, author: c.author, can_mod_post: false, created_utc: unix(c.at),
      send_replies: true, parent_id: parent, score: c.score, author_fullname: `t2_${base32(hash(c.author), 8)}`,
      approved_by: null, mod_note: null, all_awardings: [], collapsed: c.score < -5, body: c.body, edited: false, top_awarded_type: null,
      author_flair_css_class: null, name: `t1_${c.id}`, is_submitter: c.author === t.author, downs: 0, author_flair_richtext: [],
      author_patreon_flair: false, body_html: md(c.body), removal_reason: null, collapsed_reason: null, distinguished: null,
      associated_award: null, stickied: false, author_premium: false, can_gild: false, gildings: {}, unrepliable_reason: null,
      author_flair_text_color: null, score_hidden: false, permalink: `${permalink}${c.id}/`, subreddit_type: 'public', locked: false,
      report_reasons: null, created: unix(c.at), author_flair_text: c.flair ?? null, treatment_tags: [], link_id: `t3_${t.id}`,
      subreddit_name_prefixed: `r/${sub}`, controversiality: c.score < 0 ? 1 : 0, depth, author_flair_background_color: null,
      collapsed_because_crowd_control: null, mod_reports: [], num_reports: null, ups: c.score,
    },
  });
  const count = (list) => list.reduce((n, c) => n + 1 + count(c.replies ?? []), 0);
  const post = {
    kind: 't3',
    data: {
      approved_at_utc: null, subreddit: sub, selftext: t.selftext, user_reports: [], saved: false, mod_reason_title: null, gilded: 0,
      clicked: false, title: t.title, link_flair_richtext: [], subreddit_name_prefixed: `r/${sub}`, hidden: false, pwls: 6,
      link_flair_css_class: null, downs: 0, thumbnail_height: null, top_awarded_type: null, hide_score: false, name: `t3_${t.id}`,
      quarantine: false, link_flair_text_color: 'dark', upvote_ratio: t.ratio, author_flair_background_color: null,
      subreddit_type: 'public', ups: t.score, total_awards_received: 0, media_embed: {}, thumbnail_width: null,
      author_flair_template_id: null, is_original_content: false, author_fullname: `t2_${base32(hash(t.author), 8)}`,
      secure_media: null, is_reddit_media_domain: false, is_meta: false, category: null, secure_media_embed: {},
      link_flair_text: t.flair ?? null, can_mod_post: false, score: t.score, approved_by: null, is_created_from_ads_ui: false,
      author_premium: false, thumbnail: 'self', edited: false, author_flair_css_class: null, author_flair_richtext: [], gildings: {},
      content_categories: null, is_self: true, mod_note: null, created: unix(t.at), link_flair_type: 'text', wls: 6,
      removed_by_category: null, banned_by: null, author_flair_type: 'text', domain: `self.${sub}`, allow_live_comments: false,
      selftext_html: `&lt;!-- SC_OFF --&gt;${md(t.selftext)}&lt;!-- SC_ON --&gt;`, likes: null, suggested_sort: 'confidence',
      banned_at_utc: null, view_count: null, archived: false, no_follow: false, is_crosspostable: true, pinned: false, over_18: false,
      all_awardings: [], awarders: [], media_only: false, can_gild: false, spoiler: false, locked: false, author_flair_text: null,
      treatment_tags: [], visited: false, removed_by: null, num_reports: null, distinguished: null, subreddit_id: subId,
      author_is_blocked: false, mod_reason_by: null, removal_reason: null, link_flair_background_color: '', id: t.id,
      is_robot_indexable: true, num_duplicates: 0, report_reasons: null, author: t.author, discussion_type: null,
      num_comments: count(t.comments), send_replies: true, media: null, contest_mode: false, author_patreon_flair: false,
      author_flair_text_color: null, permalink, stickied: false, url: `https://www.reddit.example${permalink}`,
      subreddit_subscribers: t.subscribers, created_utc: unix(t.at), num_crossposts: 0, mod_reports: [], is_video: false,
    },
  };
  return [
    { kind: 'Listing', data: { after: null, dist: 1, modhash: '', geo_filter: '', children: [post], before: null } },
    { kind: 'Listing', data: { after: null, dist: null, modhash: '', geo_filter: '', children: t.comments.map((c) => comment(c, `t3_${t.id}`, 0)), before: null } },
  ];
}

// ---------- Hacker News: Algolia items/<id> tree ----------
const hnText = (text) => paragraphsOf(text).map((p) => esc(p).replace(/'/g, '&#x27;').replace(/\//g, '&#x2F;')).join('<p>');
export function hnItem(story) {
  const node = (c, parentId) => ({
    author: c.author, children: (c.children ?? []).map((r) => node(r, c.id)), created_at: new Date(c.at).toISOString(),
    created_at_i: unix(c.at), id: c.id, options: [], parent_id: parentId, points: null, story_id: story.id, text: hnText(c.text),
    title: null, type: 'comment', url: null,
  });
  return {
    author: story.author, children: story.children.map((c) => node(c, story.id)), created_at: new Date(story.at).toISOString(),
    created_at_i: unix(story.at), id: story.id, options: [], parent_id: null, points: story.points, story_id: story.id,
    text: story.text ? hnText(story.text) : null, title: story.title, type: 'story', url: story.url ?? null,
  };
}

// ---------- Bluesky ----------
export function bskyPost(p, replyTo) {
  const d = did(p.handle);
  const uri = `at://${d}/app.bsky.feed.post/${tid(p.at, p.seq ?? 0)}`;
  const record = { $type: 'app.bsky.feed.post', createdAt: new Date(p.at).toISOString(), langs: ['en'], text: p.text };
  if (replyTo) record.reply = { parent: { cid: replyTo.parent.cid, uri: replyTo.parent.uri }, root: { cid: replyTo.root.cid, uri: replyTo.root.uri } };
  const tags = [...p.text.matchAll(/#(\w+)/g)];
  if (tags.length) {
    const bytes = Buffer.from(p.text, 'utf8');
    record.facets = tags.map((m) => {
      const start = Buffer.byteLength(p.text.slice(0, m.index), 'utf8');
      return { features: [{ $type: 'app.bsky.richtext.facet#tag', tag: m[1] }], index: { byteEnd: start + Buffer.byteLength(m[0], 'utf8'), byteStart: start } };
    });
    void bytes;
  }
  return {
    uri, cid: cid(uri),
    author: { did: d, handle: p.handle, displayName: p.name, avatar: `https://cdn.bsky.example/img/avatar/plain/${d}/${cid('av' + d)}@jpeg`, associated: { chat: { allowIncoming: 'following' } }, labels: [], createdAt: '2024-02-10T18:22:41.118Z' },
    record, bookmarkCount: 0, replyCount: p.replies ?? 0, repostCount: p.reposts ?? 0, likeCount: p.likes ?? 0, quoteCount: p.quotes ?? 0,
    indexedAt: new Date(Date.parse(p.at) + 1200).toISOString(), viewer: { bookmarked: false, threadMuted: false, embeddingDisabled: false }, labels: [],
  };
}
export function bskyThread(root) {
  const rootView = bskyPost(root);
  const build = (p, parentView) => {
    const view = bskyPost(p, { root: rootView, parent: parentView });
    return { $type: 'app.bsky.feed.defs#threadViewPost', post: view, replies: (p.children ?? []).map((c) => build(c, view)) };
  };
  return { thread: { $type: 'app.bsky.feed.defs#threadViewPost', post: rootView, replies: (root.children ?? []).map((c) => build(c, rootView)) }, threadgate: null };
}

// ---------- Mastodon ----------
export function mastodonStatus(s, server, replyTo) {
  const [username, domain] = s.acct.split('@');
  const local = domain === server;
  const id = snowflake(s.at, s.seq ?? 0);
  const remoteId = local ? id : snowflake(s.at, 77 + (s.seq ?? 0));
  const tagNames = [...s.text.matchAll(/#(\w+)/g)].map((m) => m[1]);
  const mentions = [...s.text.matchAll(/@(\w+)@([\w.-]+)/g)].map((m) => ({ id: snowflake('2023-05-01T00:00:00Z', m[1].length), username: m[1], url: `https://${m[2]}/@${m[1]}`, acct: m[2] === server ? m[1] : `${m[1]}@${m[2]}` }));
  const linkify = (p) => esc(p)
    .replace(/(https:\/\/[\w./-]+\.example[\w./-]*)/g, (u) => `<a href="${u}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://</span><span class="">${u.slice(8)}</span><span class="invisible"></span></a>`)
    .replace(/@(\w+)@([\w.-]+)/g, (_, u, d) => `<span class="h-card" translate="no"><a href="https://${d}/@${u}" class="u-url mention">@<span>${u}</span></a></span>`)
    .replace(/(^|\s)#(\w+)/g, (_, space, t) => `${space}<a href="https://${server}/tags/${t.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${t}</span></a>`);
  return {
    id, created_at: new Date(s.at).toISOString(), in_reply_to_id: replyTo?.id ?? null, in_reply_to_account_id: replyTo?.account.id ?? null,
    sensitive: false, spoiler_text: '', visibility: 'public', language: 'en', uri: `https://${domain}/users/${username}/statuses/${remoteId}`,
    url: `https://${domain}/@${username}/${remoteId}`, replies_count: s.replies ?? 0, reblogs_count: s.reblogs ?? 0, favourites_count: s.favourites ?? 0,
    quotes_count: 0, edited_at: null, content: paragraphsOf(s.text).map((p) => `<p>${linkify(p)}</p>`).join(''), reblog: null,
    ...(local ? { application: { name: 'Web', website: null } } : {}),
    account: {
      id: snowflake('2022-11-0' + (1 + (username.length % 8)) + 'T10:00:00Z', username.length), username, acct: local ? username : s.acct,
      display_name: s.name, locked: false, bot: false, discoverable: true, indexable: true, group: false, created_at: '2022-11-06T00:00:00.000Z',
      note: `<p>${esc(s.bio ?? '')}</p>`, url: `https://${domain}/@${username}`, uri: `https://${domain}/users/${username}`,
      avatar: `https://files.${domain}/accounts/avatars/${username}.png`, avatar_static: `https://files.${domain}/accounts/avatars/${username}.png`,
      header: `https://${server}/headers/original/missing.png`, header_static: `https://${server}/headers/original/missing.png`,
      followers_count: s.followers ?? 200, following_count: 180, statuses_count: 1500 + username.length * 37, last_status_at: s.at.slice(0, 10),
      hide_collections: false, emojis: [], fields: [],
    },
    media_attachments: [], mentions, tags: tagNames.map((t) => ({ name: t.toLowerCase(), url: `https://${server}/tags/${t.toLowerCase()}` })),
    emojis: [], card: null, poll: null,
  };
}

// ---------- Discourse: /t/<slug>/<id>.json ----------
export function discourseTopic(t) {
  const ids = t.posts.map((_, i) => t.firstPostId + i * 3);
  const byNumber = new Map(t.posts.map((p, i) => [i + 1, p]));
  const users = new Map();
  t.posts.forEach((p, i) => { if (!users.has(p.username)) users.set(p.username, 100 + users.size * 17); });
  const posts = t.posts.map((p, i) => {
    const number = i + 1;
    const replyTo = p.replyTo ?? null;
    const replyToUser = replyTo ? byNumber.get(replyTo) : null;
    return {
      id: ids[i], name: p.name ?? '', username: p.username, avatar_template: `/user_avatar/${t.host}/${p.username}/{size}/${3000 + i}_2.png`,
      created_at: new Date(p.at).toISOString(), cooked: p.cooked ?? htmlParas(p.text), post_number: number, post_type: 1,
      posts_count: t.posts.length, updated_at: new Date(p.at).toISOString(), reply_count: t.posts.filter((q) => q.replyTo === number).length,
      reply_to_post_number: replyTo, quote_count: 0, incoming_link_count: p.links ?? 0, reads: p.reads, readers_count: p.reads - 1,
      score: p.reads * 0.2 + (p.likes ?? 0) * 15, yours: false, topic_id: t.id, topic_slug: t.slug, display_username: p.name ?? '',
      primary_group_name: p.staff ? 'loom-team' : null, flair_name: null, flair_url: null, flair_bg_color: null, flair_color: null,
      flair_group_id: null, badges_granted: [], version: 1, can_edit: false, can_delete: false, can_recover: false, can_see_hidden_post: false,
      can_wiki: false, read: true, user_title: p.staff ? 'Community Manager' : null, bookmarked: false,
      actions_summary: p.likes ? [{ id: 2, count: p.likes }] : [], moderator: !!p.staff, admin: false, staff: !!p.staff, user_id: users.get(p.username),
      hidden: false, trust_level: p.staff ? 4 : 2, deleted_at: null, user_deleted: false, edit_reason: null, can_view_edit_history: true, wiki: false,
      ...(replyToUser ? { reply_to_user: { id: users.get(replyToUser.username), username: replyToUser.username, name: replyToUser.name ?? '', avatar_template: `/user_avatar/${t.host}/${replyToUser.username}/{size}/1_2.png` } } : {}),
      reactions: p.likes ? [{ id: 'heart', type: 'emoji', count: p.likes }] : [], current_user_reaction: null, reaction_users_count: p.likes ?? 0,
      current_user_used_main_reaction: false, can_accept_answer: false, can_unaccept_answer: false, accepted_answer: !!p.accepted, topic_accepted_answer: t.posts.some((q) => q.accepted),
    };
  });
  const last = t.posts.at(-1);
  const participants = [...users].map(([username, id]) => ({ id, username, name: t.posts.find((p) => p.username === username).name ?? '', avatar_template: `/user_avatar/${t.host}/${username}/{size}/1_2.png`, post_count: t.posts.filter((p) => p.username === username).length, primary_group_name: null, flair_name: null, flair_url: null, flair_color: null, flair_bg_color: null, flair_group_id: null, trust_level: 2 }));
  return {
    post_stream: { posts, stream: ids }, timeline_lookup: [[1, 0]], suggested_topics: [], tags: t.tags, tags_descriptions: {},
    fancy_title: esc(t.title), id: t.id, title: t.title, posts_count: t.posts.length, created_at: new Date(t.posts[0].at).toISOString(),
    views: t.views, reply_count: t.posts.length - 1, like_count: t.posts.reduce((n, p) => n + (p.likes ?? 0), 0),
    last_posted_at: new Date(last.at).toISOString(), visible: true, closed: false, archived: false, has_summary: false,
    archetype: 'regular', slug: t.slug, category_id: t.categoryId, word_count: t.posts.reduce((n, p) => n + (p.text ?? '').split(/\s+/).length, 0),
    deleted_at: null, user_id: users.get(t.posts[0].username), featured_link: null, pinned_globally: false, pinned_at: null, pinned_until: null,
    image_url: null, slow_mode_seconds: 0, draft: null, draft_key: `topic_${t.id}`, draft_sequence: 0, unpinned: null, pinned: false,
    current_post_number: 1, highest_post_number: t.posts.length, deleted_by: null, has_deleted: false, actions_summary: [],
    chunk_size: 20, bookmarked: false, bookmarks: [], topic_timer: null, message_bus_last_id: 7, participant_count: users.size,
    show_read_indicator: false, thumbnails: null, slow_mode_enabled_until: null, summarizable: false, valid_reactions: ['heart', '+1', 'laughing', 'open_mouth'],
    details: {
      can_edit: false, notification_level: 1, participants, created_by: { id: users.get(t.posts[0].username), username: t.posts[0].username, name: t.posts[0].name ?? '', avatar_template: `/user_avatar/${t.host}/${t.posts[0].username}/{size}/1_2.png` },
      last_poster: { id: users.get(last.username), username: last.username, name: last.name ?? '', avatar_template: `/user_avatar/${t.host}/${last.username}/{size}/1_2.png` },
      links: [],
    },
  };
}
