// Storyline f: the Aster-3 weather satellite's imager fails (amateur observers first, agency and press later).
export const lenaRoot = {
  acct: 'lenavoss@skywatch.social.example', name: 'Lena Voss', bio: 'Amateur satellite imagery, weather, too many antennas.', followers: 2140,
  at: '2026-11-24T03:12:00Z', replies: 5, reblogs: 41, favourites: 88,
  text: `No full-disk images from Aster-3 since 01:40 UTC. The public archive has the 01:30 scan and then nothing. Anyone with a ground station seeing anything on the downlink? #Aster3 #WeatherSatellite`,
};

export const lenaReplies = [
  { acct: 'groundstation_gb@mastodon.example', name: 'Gareth B. (ground station)', at: '2026-11-24T03:40:00Z', seq: 1, replies: 1, reblogs: 12, favourites: 40, parent: 'root',
    text: `@lenavoss@skywatch.social.example My dish still sees the carrier and the housekeeping telemetry, but the imager data channel is flat. The satellite is alive; the imager isn't sending anything. #Aster3` },
  { acct: 'lenavoss@skywatch.social.example', name: 'Lena Voss', at: '2026-11-24T03:55:00Z', seq: 2, replies: 0, reblogs: 2, favourites: 19, parent: 0,
    text: `@groundstation_gb@mastodon.example Thanks, that rules out a downlink problem then. Something on the instrument side.` },
  { acct: 'wxnerd_pat@fosstodon.example', name: 'Pat (weather nerd)', at: '2026-11-24T05:20:00Z', seq: 3, replies: 1, reblogs: 1, favourites: 6, parent: 'root',
    text: `@lenavoss@skywatch.social.example Does this affect the forecasts? We're still in storm season down here.` },
  { acct: 'meteo_ines@scicomm.example', name: 'Dr Ines Carvalho', bio: 'Meteorologist. Opinions my own.', at: '2026-11-24T05:48:00Z', seq: 4, replies: 0, reblogs: 27, favourites: 74, parent: 2,
    text: `@wxnerd_pat@fosstodon.example Forecast models lean far more on polar orbiters, weather balloons and aircraft data than on a single geostationary imager, so multi-day forecasts barely move. What suffers is nowcasting: tracking storms as they form over the next few hours. Aster-2 can cover part of the disk if the agency changes its scan schedule.` },
  { acct: 'lenavoss@skywatch.social.example', name: 'Lena Voss', at: '2026-11-24T15:10:00Z', seq: 5, replies: 0, reblogs: 33, favourites: 61, parent: 'root',
    text: `Update: CMSA has posted a status notice. Primary imager failure (scan-mirror drive), now running on the backup at 4 km resolution. About twelve hours after the images stopped, but good to have it confirmed. #Aster3` },
];

export const orbitalThread = {
  handle: 'orbitalobs.bsky.example', name: 'Orbital Observers', at: '2026-11-24T04:05:00Z', likes: 318, reposts: 97, replies: 4, quotes: 6,
  text: `Aster-3's imager has been silent for more than two hours. Last good frame 01:30 UTC. Ground-station folks say housekeeping telemetry is still flowing, so the spacecraft itself looks healthy. #Aster3`,
  children: [
    { handle: 'sat-spotter-raj.bsky.example', name: 'Raj (sat spotter)', at: '2026-11-24T04:20:00Z', likes: 54, reposts: 4, replies: 0,
      text: `Seeing the same. The 02:00, 02:30, 03:00 and 03:30 full-disk slots are all missing from the public feed.` },
    { handle: 'clouds-not-crowds.bsky.example', name: 'clouds not crowds', at: '2026-11-24T04:31:00Z', likes: 12, reposts: 0, replies: 1,
      text: `Is there a backup imager on Aster-3, or is that it?`,
      children: [
        { handle: 'orbitalobs.bsky.example', name: 'Orbital Observers', at: '2026-11-24T04:44:00Z', likes: 71, reposts: 9, replies: 0, seq: 1,
          text: `There is: a lower-resolution backup, ASI-B, with 4 km pixels against 2 km for the primary. Whether and when to switch is the agency's call.` },
      ] },
    { handle: 'notarocketsci.bsky.example', name: 'not a rocket scientist', at: '2026-11-24T05:02:00Z', likes: 3, reposts: 0, replies: 0,
      text: `Probably just a solar storm safe mode. It'll be back by lunchtime.` },
  ],
};

export const cmsaStatement = {
  slug: 'aster-3-imager-status', postId: 604, section: 'Operational notices', at: '2026-11-24T15:00:00Z', author: 'Continental Meteorological Satellite Agency', authorType: 'Organization', type: 'Article',
  url: 'https://cmsa.example/news/2026/11/aster-3-imager-status', title: 'Status update: Aster-3 primary imager',
  summary: 'The Advanced Scanning Imager on Aster-3 stopped returning data on 24 November; the spacecraft has switched to its backup imager.',
  body: `At 01:37 UTC on 24 November 2026, the Advanced Scanning Imager (ASI) on the Aster-3 geostationary weather satellite stopped returning data after a fault in its scan-mirror drive. The last complete full-disk image was taken at 01:30 UTC.

The spacecraft is otherwise healthy, and telemetry, communications and the lightning mapper are operating normally.

At 13:20 UTC, operators switched imaging to the backup instrument, ASI-B. Full-disk images are again being distributed every 30 minutes, at a resolution of 4 km instead of the primary imager's 2 km. Rapid-scan imagery of severe weather is not available from ASI-B.

To limit the impact on forecasters, Aster-2, located at 75.2 degrees west, will provide 10-minute rapid scans of the eastern sector from 26 November.

"Our engineers are analysing telemetry from the scan-mirror drive, and we will not attempt to restart the primary imager until we understand the fault," said Dr Helena Marsh, director of satellite operations at CMSA. "Forecasting services continue without interruption."

Aster-3 was launched in March 2021 with a design life of 15 years. CMSA will publish a further update by 1 December.`,
};

export const meridianAster = {
  at: '2026-11-24T17:30:00Z', author: 'Tobias Reyes', tags: ['Science', 'Weather'],
  url: 'https://meridianobserver.example/science/2026/nov/24/aster-3-weather-satellite-imager-fails',
  title: 'Aster-3 weather satellite loses main imager; backup running at half the resolution',
  summary: 'A scan-mirror fault silenced the primary camera early on Tuesday. Amateur observers noticed hours before the agency confirmed it.',
  body: `The main camera on Aster-3, one of the two geostationary satellites that watch weather over the continent, has failed, the Continental Meteorological Satellite Agency (CMSA) said on Tuesday.

The satellite's Advanced Scanning Imager stopped sending data at 01:37 UTC after a fault in the drive that moves its scanning mirror. Operators switched to a backup imager at 13:20 UTC, which produces pictures at 4 km resolution rather than 2 km and cannot run the rapid scans used to track severe storms.

Amateur satellite watchers raised the alarm long before the agency did. By 03:12 UTC, observers on social media had noticed that no full-disk images had appeared since 01:30, and ground-station operators reported that the spacecraft was still transmitting telemetry. CMSA's statement came at 15:00 UTC.

"Forecasting services continue without interruption," said Dr Helena Marsh, CMSA's director of satellite operations. The agency will use Aster-2 to provide 10-minute scans of the eastern sector from Thursday.

Meteorologists said day-to-day forecasts would be little affected, but warned that tracking fast-developing storms would be harder until the problem is fixed or a replacement is launched. Aster-4 is not due to launch until 2028.`,
};

export const circuitAster = {
  postId: 48702, at: '2026-11-25T09:00:00Z', author: 'Nadia Brenner', tags: ['Space', 'Science'],
  url: 'https://dailycircuit.example/2026/11/25/aster-3-imager-amateur-observers/',
  title: 'Amateur observers spotted Aster-3 imager failure 12 hours before the agency confirmed it',
  summary: 'A Mastodon post at 03:12 UTC flagged the missing images; CMSA’s notice followed at 15:00.',
  body: `Hobbyist satellite watchers knew something was wrong with the Aster-3 weather satellite roughly 12 hours before its operator said so, a timeline that is prompting questions about how quickly space agencies communicate failures.

Lena Voss, an amateur who downloads satellite imagery, posted at 03:12 UTC on Tuesday that no full-disk images had arrived since 01:30. Within half an hour a ground-station operator replied that the satellite was still sending telemetry but that its imager channel was silent.

The Continental Meteorological Satellite Agency confirmed at 15:00 UTC that the Advanced Scanning Imager had failed at 01:37 UTC because of a fault in its scan-mirror drive. A backup imager has been running since 13:20 UTC at 4 km resolution, half the detail of the primary.

"We publish when we have confirmed facts, not when we first see an anomaly," a CMSA spokesperson said. "Our forecasters were informed within the hour."

The agency said it will publish a further update by December 1.`,
};
