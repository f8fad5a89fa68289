// Storyline c: the Loom database relicensing (community first: Discourse and HN see the commit before the announcement).
export const loomTopic = {
  host: 'forum.loomdb.example', id: 2871, slug: 'license-changed-on-main-loom-source-available-license', firstPostId: 14001,
  categoryId: 5, views: 4823, tags: ['license', 'governance'],
  title: 'LICENSE changed on main to "Loom Source-Available License"?',
  posts: [
    { username: 'jkowalski', name: 'Jan Kowalski', at: '2026-11-09T10:12:00Z', reads: 1840, likes: 96, links: 14,
      text: `Pulled main this morning and the LICENSE file is no longer Apache-2.0. Commit a3f9c2e, pushed at 08:47 UTC by one of the core maintainers, replaces it with something called the "Loom Source-Available License 1.0" and adds a header to every source file.

There is no announcement on the blog, nothing in the changelog, and the commit message just says "Relicense to LSAL-1.0". Did I miss a discussion somewhere?` },
    { username: 'ferrovial_dev', name: 'Ines Ferreira', at: '2026-11-09T10:31:00Z', reads: 1702, likes: 41, replyTo: 1,
      text: `Can I keep using 4.2 under Apache? We ship Loom 4.2 inside an appliance that goes to about 300 customers, and our legal team is going to ask me this within the hour.` },
    { username: 'mara_loom', name: 'Mara Quist', staff: true, at: '2026-11-09T11:05:00Z', reads: 1911, likes: 58, replyTo: 2, accepted: true,
      text: `Hi all, Mara from Loomworks here. We are publishing a full post tomorrow, and I'm sorry the commit landed before it did.

To answer the direct question: every release up to and including 4.2.3 stays under Apache-2.0, permanently. That cannot be revoked. The new license applies from commit a3f9c2e onward, which will first ship as Loom 4.3.` },
    { username: 'pgrind', name: 'Pia Grindal', at: '2026-11-09T11:40:00Z', reads: 1544, likes: 37,
      text: `I read the new LICENSE so you don't have to. LSAL-1.0 lets you use, modify and embed Loom in your own products, including commercially. What it forbids is offering Loom itself to third parties as a managed database service. After four years each release converts to Apache-2.0.

So for most people running it internally nothing changes. For the two or three companies selling hosted Loom, everything changes.` },
    { username: 'tomasz_b', name: 'Tomasz Bielecki', at: '2026-11-09T12:02:00Z', reads: 1390, likes: 29,
      text: `And this is why the contributor licence agreement existed all along. 214 outside contributors signed it so that Loomworks could do exactly this. I'm not angry, just tired.` },
    { username: 'ferrovial_dev', name: 'Ines Ferreira', at: '2026-11-09T12:30:00Z', reads: 1201, likes: 12, replyTo: 3,
      text: `Thanks Mara, that's clear. We'll pin to 4.2.x for now and read the full post tomorrow.` },
    { username: 'anneliese', name: 'Anneliese Brandt', at: '2026-11-10T16:20:00Z', reads: 980, likes: 22,
      text: `The announcement is up on the Loomworks blog. It confirms 4.3 ships under LSAL-1.0 in December and that security fixes will be backported to 4.2 under Apache-2.0 until the end of 2027.` },
    { username: 'devon_ops', name: 'Devon Achterberg', at: '2026-11-12T18:05:00Z', reads: 1650, likes: 133, links: 31,
      text: `The fork is official: Tapestry, hosted by the Commons Software Foundation, starting from the last Apache-2.0 commit. Their first release, Tapestry 4.2.4, is planned for mid-December and stays under Apache-2.0.` },
  ],
};

export const loomHn = {
  id: 45873210, author: 'rkv', at: '2026-11-09T13:30:00Z', points: 612,
  title: 'Loom database changes license from Apache-2.0 to source-available',
  url: 'https://code.loomdb.example/loom/loom/commit/a3f9c2e',
  children: [
    { id: 45873388, author: 'sbrandt', at: '2026-11-09T13:41:00Z',
      text: `Another database goes source-available. The playbook never changes: raise money, watch a cloud provider host your project, change the license.`,
      children: [
        { id: 45873602, author: 'pcollins', at: '2026-11-09T14:02:00Z',
          text: `To be fair to Loomworks, they are 40 people and the largest hosted Loom offering is run by a company a thousand times their size that contributes nothing upstream. I don't like it, but I understand it.` },
      ] },
    { id: 45873455, author: 'mkdir_p', at: '2026-11-09T13:48:00Z',
      text: `Can I keep using 4.2 under Apache? Asking for my whole team, we have about 60 Loom clusters.`,
      children: [
        { id: 45873520, author: 'lgtm_anna', at: '2026-11-09T13:55:00Z',
          text: `Yes. A license change can't be applied retroactively to code that was already released under Apache-2.0. 4.2.x stays Apache; you just won't get 4.3 features under that license. Someone from Loomworks said the same on their Discourse this morning.` },
      ] },
    { id: 45873701, author: 'quietbits', at: '2026-11-09T14:10:00Z',
      text: `The commit went in at 08:47 UTC on a Monday with no announcement, no RFC, nothing. That's the part that bothers me more than the license itself.` },
    { id: 45873844, author: 'throwaway_dba', at: '2026-11-09T14:25:00Z',
      text: `So anyone running Loom in production needs a commercial license starting today. Great.`,
      children: [
        { id: 45873990, author: 'lgtm_anna', at: '2026-11-09T14:38:00Z',
          text: `No. Read the license: internal production use is explicitly allowed. Only offering Loom as a hosted service to third parties is restricted, and only for code from 4.3 onward.` },
      ] },
    { id: 45874120, author: 'forkwatch', at: '2026-11-09T15:02:00Z', text: `Fork in 3, 2, 1...` },
  ],
};

export const loomBlog = {
  slug: 'loom-4-3-and-lsal', postId: 311, section: 'Blog', at: '2026-11-10T15:00:00Z', author: 'Henrik Aaltonen', type: 'BlogPosting',
  url: 'https://loomworks.example/blog/2026/11/loom-4-3-and-lsal', title: 'Loom 4.3 and the Loom Source-Available License',
  summary: 'Why we are changing the license for future Loom releases, and what it means for you.',
  body: `Starting with Loom 4.3, which we plan to release in December, new versions of Loom will be published under the Loom Source-Available License 1.0 (LSAL) instead of Apache-2.0. The change was committed to the main branch on Monday, November 9. We should have published this post first, and I apologise that we did not.

Here is what does not change. Every release up to and including 4.2.3 remains available under Apache-2.0, forever. You can use, modify, embed and redistribute Loom in your own products, commercial or not, under the new license too. And every LSAL release converts to Apache-2.0 four years after it ships.

Here is what does change. From 4.3 onward, you may not offer Loom to third parties as a managed database service without a commercial agreement with Loomworks.

Why now? Over the past two years, hosted Loom services run by much larger companies have grown to more than 70 percent of Loom's production deployments that we can see. Those services contributed fewer than 1 percent of the commits to Loom in that time. Loomworks employs 40 people, 31 of whom work on the database full time, and we need a sustainable way to keep doing that.

We will backport security fixes to the 4.2 series under Apache-2.0 until December 31, 2027, so nobody is forced to move before they are ready.

We know some of you will disagree with this decision, and some of you will fork. That is your right under Apache-2.0, and we will not stand in the way.

— Henrik Aaltonen, CEO, Loomworks`,
};

export const circuitLoom = {
  postId: 48302, at: '2026-11-10T18:30:00Z', author: 'Sofia Lind', tags: ['Open source', 'Databases'],
  url: 'https://dailycircuit.example/2026/11/10/loom-database-source-available-license/',
  title: 'Loomworks moves Loom database to source-available licence, citing cloud resellers',
  summary: 'Future releases will bar third parties from selling Loom as a hosted service; older versions stay Apache-2.0.',
  body: `Loomworks, the company behind the open-source Loom database, said on Tuesday that future versions of the software will be released under a source-available licence that forbids rivals from selling Loom as a hosted service.

The change had already been spotted by users a day earlier, when a commit replacing the project's Apache-2.0 licence appeared on the main branch without explanation. Discussion on the project's forum and on Hacker News ran for more than 24 hours before the company published its announcement.

Under the new Loom Source-Available License 1.0, companies may still run, modify and embed Loom in their own products. Offering it to others as a managed database service will require a commercial agreement. Each release converts to Apache-2.0 after four years.

"Hosted services run by much larger companies account for more than 70 percent of the production deployments we can see, and less than 1 percent of the commits," chief executive Henrik Aaltonen wrote. Loomworks employs 40 people.

Versions up to and including 4.2.3 remain under Apache-2.0, and the company will backport security fixes to the 4.2 series until the end of 2027. Loom 4.3, the first release under the new licence, is due in December.

The project has 214 outside contributors who signed a contributor licence agreement giving Loomworks the right to relicense their code.`,
};

export const circuitTapestry = {
  postId: 48455, at: '2026-11-13T09:00:00Z', author: 'Sofia Lind', tags: ['Open source', 'Databases'],
  url: 'https://dailycircuit.example/2026/11/13/tapestry-fork-of-loom-database/',
  title: 'Developers fork Loom database as Tapestry after licence change',
  summary: 'The Commons Software Foundation will host the Apache-2.0 fork, with a first release planned for December.',
  body: `A group of Loom contributors has forked the database under the name Tapestry, four days after Loomworks moved future Loom releases to a source-available licence.

The fork, hosted by the non-profit Commons Software Foundation, starts from the last commit of Loom made under Apache-2.0 and will stay under that licence. Its first release, Tapestry 4.2.4, is planned for mid-December.

"We want a database that anyone can host, including the people who compete with each other," said Devon Achterberg, one of eleven initial maintainers. Six of the eleven have contributed to Loom for more than three years, and two of them previously worked at Loomworks.

Three companies that sell hosted Loom services have pledged engineers to the fork, according to the foundation. Loomworks chief executive Henrik Aaltonen said the company "expected and respects" the fork.

Loom 4.3, the first release under the new Loom Source-Available License, is still scheduled for December.`,
};
