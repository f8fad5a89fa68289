// Storylines g and h: earlier stories the Loom and Aster-3 storylines build on (more than a week
// before them, so they stay stories of their own and show as related reading).

// g: Loom 4.2 ships, weeks before the licence change (Loomworks blog, The Daily Circuit, The Meridian Observer).
export const loomReleaseBlog = {
  slug: 'loom-4-2-released', postId: 771, section: 'Releases', at: '2026-10-27T14:00:00Z', author: 'Loomworks', authorType: 'Organization', type: 'BlogPosting',
  url: 'https://loomworks.example/blog/2026/10/loom-4-2-released', title: 'Loom 4.2 is out: faster replication and online schema changes',
  summary: 'Loom 4.2 cuts replication lag and lets tables change shape without downtime.',
  body: `Loom 4.2 is available today under the Apache-2.0 licence, like every Loom release before it.

The headline change is replication: followers now apply changes in parallel, which cut replication lag by 60 percent in our benchmark cluster. Online schema changes mean a column can be added or retyped while the table keeps taking writes.

This release includes work from 38 outside contributors. Loom 4.2 is the last minor release planned for this year; patch releases in the 4.2 series will follow as needed.`,
};

export const circuitLoomRelease = {
  postId: 48120, at: '2026-10-27T18:30:00Z', author: 'Marcus Feld', tags: ['Databases', 'Open source'],
  url: 'https://dailycircuit.example/2026/10/27/loom-4-2-replication/',
  title: 'Loom 4.2 speeds up replication and adds online schema changes',
  summary: 'The open-source database from Loomworks ships parallel replication.',
  body: `Loomworks has released Loom 4.2, the latest version of its open-source distributed database, with parallel replication that the company says cuts replication lag by 60 percent.

The release also adds online schema changes, a feature database administrators have requested for years, because it lets them alter a table without taking it offline.

Loom is published under the Apache-2.0 licence. Loomworks sells a managed cloud version and support contracts, and competes with hosted Loom services run by larger cloud companies.`,
};

export const meridianLoomRelease = {
  at: '2026-10-28T08:00:00Z', author: 'Priya Anand', tags: ['Technology', 'Business'],
  url: 'https://meridianobserver.example/technology/2026/oct/28/loom-database-release-cloud-rivals',
  title: 'Loomworks ships Loom 4.2 as cloud rivals grow their hosted versions',
  summary: 'The small company behind the Loom database faces competition from the clouds that host it.',
  body: `Loomworks, the 40-person company behind the Loom database, released version 4.2 on Tuesday, with faster replication and schema changes that need no downtime.

Loom is free to use under the Apache-2.0 licence, and several much larger cloud companies sell hosted Loom services of their own. Loomworks said its own cloud business was growing, but declined to give figures.

Analysts said the company would have to find a way to make money from the database it gives away.`,
};

// h: weeks before the failure, the agency reports wear on Aster-3's scan-mirror drive.
export const circuitAsterWear = {
  postId: 48410, at: '2026-11-10T11:00:00Z', author: 'Nadia Brenner', tags: ['Space', 'Science'],
  url: 'https://dailycircuit.example/2026/11/10/aster-3-scan-mirror-wear/',
  title: 'Aster-3 scan-mirror drive shows early wear, satellite agency report says',
  summary: 'A CMSA engineering report notes higher motor current on the weather satellite’s scan mirror.',
  body: `Engineers at the Continental Meteorological Satellite Agency have found early signs of wear in the scan-mirror drive of the Aster-3 weather satellite, according to the agency's quarterly engineering report.

The report says the drive's motor has drawn more current since August, a pattern it describes as consistent with bearing wear. The Advanced Scanning Imager continues to deliver full-disk images every 30 minutes.

CMSA said the imager remains within its operating limits and that Aster-3 carries a backup imager, ASI-B, at lower resolution.`,
};

export const meridianAsterWear = {
  at: '2026-11-10T16:00:00Z', author: 'Tobias Reyes', tags: ['Science', 'Weather'],
  url: 'https://meridianobserver.example/science/2026/nov/10/aster-3-engineering-report',
  title: 'Weather satellite Aster-3 is ageing faster than planned, agency report shows',
  summary: 'The scan-mirror drive on Aster-3 is drawing more current, CMSA engineers report.',
  body: `The scan-mirror drive on Aster-3, one of the continent's two geostationary weather satellites, is showing early signs of wear, the Continental Meteorological Satellite Agency said in its quarterly engineering report.

The drive's motor current has risen since August. The agency said the imager remains within its operating limits, and that it would keep watching the trend.

Aster-3 was launched in March 2021 with a design life of 15 years. Its successor, Aster-4, is due to launch in 2028.`,
};

export const ledgerAsterWear = {
  postId: 18190, at: '2026-11-11T09:00:00Z', author: 'Ana Ruiz', tags: ['Weather', 'Science'],
  url: 'https://harborledger.example/2026/11/11/weather-satellite-wear-storm-season/',
  title: 'Harbor City forecasters watch ageing weather satellite as storm season nears',
  summary: 'The satellite that tracks storms off the coast has a worn scan-mirror drive.',
  body: `The Aster-3 weather satellite, which tracks storms approaching the Harbor City coast, has a scan-mirror drive that is showing early wear, the Continental Meteorological Satellite Agency reported this week.

The agency said the imager remains within its operating limits. Local forecasters said they rely on its rapid scans to follow storms as they form offshore, and that a backup imager on the satellite would give coarser pictures if it were needed.`,
};

// Community threads on the two background stories (Reddit threads: the post and its comments in one payload).
export const asterWearThread = {
  subreddit: 'weather', subscribers: 1203344, id: '1ks4w2n', slug: 'aster3_scanmirror_drive_showing_wear',
  title: 'Aster-3 scan-mirror drive showing wear, per CMSA engineering report', author: 'downlink_diary', at: '2026-11-10T19:30:00Z',
  score: 512, ratio: 0.97, flair: 'Satellites',
  selftext: `CMSA's quarterly engineering report says the scan-mirror motor on Aster-3 has drawn more current since August. How long can a worn scan-mirror drive keep going?`,
  comments: [
    { id: 'mp8a2kd', author: 'groundstation_gb', at: '2026-11-10T20:15:00Z', score: 233,
      body: `Bearing wear in a scan mirror tends to creep for months and then fail quickly, so nobody can put a date on it. The report says the imager is still within its operating limits, and the backup imager is there if it goes.` },
    { id: 'mp8c9xe', author: 'stormchaser_ro', at: '2026-11-10T21:02:00Z', score: 98,
      body: `If the primary goes during storm season we lose the rapid scans. The backup imager only does full-disk images every 30 minutes.` },
  ],
};

export const loomReleaseThread = {
  subreddit: 'database', subscribers: 418822, id: '1kp2r7t', slug: 'loom_42_released_parallel_replication',
  title: 'Loom 4.2 released: parallel replication and online schema changes', author: 'dba_mika', at: '2026-10-27T20:05:00Z',
  score: 287, ratio: 0.95, flair: 'Release',
  selftext: `Loom 4.2 is out and the parallel replication looks great on paper. Is the online schema change safe on really big tables yet?`,
  comments: [
    { id: 'mo5b1qa', author: 'pgops_dana', at: '2026-10-27T21:40:00Z', score: 141,
      body: `We ran the online schema change on a 2 TB table in staging: adding the column took 40 minutes and writes kept flowing the whole time.` },
    { id: 'mo5d8lw', author: 'shard_happens', at: '2026-10-27T22:15:00Z', score: 77,
      body: `Still Apache-2.0, which matters more to us than any feature. We host Loom for three internal teams.` },
  ],
};
