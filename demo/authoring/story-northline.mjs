// Storyline e: Northline Rail winter timetable (community first; a wire story republished verbatim by a second outlet).
export const commutersTopic = {
  site: 'Northline Commuters', tagline: 'For people who ride the Northline, and sometimes wait for it', host: 'forum.northlinecommuters.example',
  forum: 'Timetables and service changes', forumId: 3, topicId: 771, firstPostId: 18840,
  title: 'Winter timetable PDF is up — count the weekday departures',
  posts: [
    { user: 'platform4_paul', rank: 'Regular', posts: 1288, at: '2026-11-19T08:10:00Z',
      text: `Northline put the winter timetable PDF on the timetables page this morning, no announcement. It runs from December 13 to March 27. My 07:48 from Millbrook is simply not in it any more.

Has anyone gone through the whole thing yet?` },
    { user: 'eastbank_ellie', rank: 'Regular', posts: 640, at: '2026-11-19T08:32:00Z',
      text: `Counted the weekday pages twice: 572 departures against 612 in the current timetable. That's 40 weekday trains gone. Weekend pages look the same as now.` },
    { user: 'signalbox_sam', rank: 'Veteran', posts: 5102, at: '2026-11-19T09:05:00Z',
      text: `Most of the cuts are on the Eastbank line between 10:00 and 15:00, plus the 06:12 and 06:42 from Millbrook and a handful of late evening trains. Eastbank loses 22 of the 40 on its own.

My guess is the driver shortage plus the Eastbank resignalling work in the new year.` },
    { user: 'reluctant_rider', rank: 'Member', posts: 37, at: '2026-11-19T09:40:00Z',
      text: `Does the monthly pass price change with fewer trains? I renewed mine yesterday.` },
    { user: 'platform4_paul', rank: 'Regular', posts: 1289, at: '2026-11-19T10:02:00Z',
      quote: { user: 'reluctant_rider', index: 3, text: 'Does the monthly pass price change with fewer trains?' },
      text: `Not as far as anyone knows. The fares page says 2027 fares will be announced in January, and the timetable PDF doesn't mention prices at all.` },
    { user: 'grumpy_guard', rank: 'Member', posts: 410, at: '2026-11-19T12:15:00Z',
      text: `The cover says "improved reliability through a simplified timetable". Well, you can't be late if the train doesn't exist.` },
  ],
};

export const jessThread = {
  handle: 'jessrides.bsky.example', name: 'Jess Marlow', at: '2026-11-19T07:25:00Z', likes: 412, reposts: 138, replies: 5, quotes: 9,
  text: `Northline quietly posted its winter timetable PDF and my 07:48 from Millbrook is gone. Starts December 13. Anyone else's train vanished? #Northline`,
  children: [
    { handle: 'tomasz-k.bsky.example', name: 'Tomasz K', at: '2026-11-19T07:52:00Z', likes: 96, reposts: 12, replies: 0,
      text: `My 17:22 home is gone too. I count 40 fewer weekday trains overall, if my spreadsheet is right.` },
    { handle: 'northline-watch.bsky.example', name: 'Northline Watch', at: '2026-11-19T08:15:00Z', likes: 41, reposts: 3, replies: 1,
      text: `Is this permanent or just for the Eastbank track work?`,
      children: [
        { handle: 'railwonk.bsky.example', name: 'the rail wonk', at: '2026-11-19T08:40:00Z', likes: 88, reposts: 10, replies: 0,
          text: `The cover says valid 13 Dec 2026 to 27 Mar 2027, so in theory it's temporary. The Eastbank resignalling runs January to March.` },
      ] },
    { handle: 'amira-commutes.bsky.example', name: 'Amira Haddad', at: '2026-11-19T09:10:00Z', likes: 23, reposts: 1, replies: 1,
      text: `Wait, did they announce this anywhere? I can't find a press release.`,
      children: [
        { handle: 'jessrides.bsky.example', name: 'Jess Marlow', at: '2026-11-19T09:18:00Z', likes: 30, reposts: 0, replies: 0, seq: 1,
          text: `Nope. Just the PDF on the timetables page.` },
      ] },
  ],
};

export const northlineSearch = [
  { handle: 'stationcat.bsky.example', name: 'station cat', at: '2026-11-20T12:05:00Z', likes: 57, reposts: 14, replies: 2,
    text: `Northline's statement is finally out: driver shortage plus the Eastbank resignalling. 40 weekday trains cut from December 13, weekends unchanged. #Northline` },
  { handle: 'bikecommuter-lee.bsky.example', name: 'Lee on two wheels', at: '2026-11-20T07:30:00Z', likes: 144, reposts: 20, replies: 4,
    text: `Northline is cutting 40 trains a DAY this winter? Guess I'm cycling through January. #Northline` },
  { handle: 'cllr-dana-ruiz.bsky.example', name: 'Cllr Dana Ruiz', at: '2026-11-19T18:00:00Z', likes: 230, reposts: 61, replies: 11,
    text: `I'll be raising the Northline timetable at next Thursday's transport committee. Forty weekday trains is not a "simplification", and commuters should not have to find out from a PDF.` },
  { handle: 'hannah-metrodesk.bsky.example', name: 'Hannah Cole', at: '2026-11-19T15:10:00Z', likes: 75, reposts: 18, replies: 3,
    text: `Asked Northline Rail about the 40 weekday trains commuters found missing from the winter timetable. They say a statement is coming tomorrow morning.` },
];

const wireBody = `Northline Rail will run 40 fewer trains each weekday from December 13, the operator confirmed on Friday, after commuters found the cuts in a new timetable published without announcement.

The winter timetable, valid until March 27, reduces weekday departures from 612 to 572, a cut of about 6.5 percent. Weekend services are unchanged. More than half of the cancelled trains, 22, are on the Eastbank line, mostly between 10:00 and 15:00.

Commuters spotted the changes on Thursday morning, hours after the timetable was posted on Northline's website, and shared counts of the missing trains on social media and on a commuters' forum well before the company commented.

"We are short of 38 qualified drivers, and we would rather run a timetable we can deliver than cancel trains on the day," said Carla Mendes, a spokesperson for Northline Rail. "Planned resignalling work on the Eastbank line from January also limits how many trains we can run there."

Mendes said the company expected to restore most services in the spring timetable once 45 drivers now in training qualify. She apologised for publishing the timetable before informing passengers.

The regional transport authority said it would ask Northline to explain the cuts at a meeting on November 26. Fares for 2027 will be announced in January.`;

export const wireNorthline = {
  slug: 'northline-rail-cuts-40-weekday-trains', postId: 77310, section: 'Transport', at: '2026-11-20T10:00:00Z', author: 'Marcus Feld',
  url: 'https://regionalwire.example/transport/2026/11/northline-rail-cuts-40-weekday-trains',
  title: 'Northline Rail to cut 40 weekday trains in winter timetable',
  summary: 'The operator blames a shortage of 38 drivers and resignalling work on the Eastbank line.',
  body: wireBody,
};

export const courierNorthline = {
  slug: 'northline-rail-cuts-40-weekday-trains', postId: 5521, section: 'Transport', at: '2026-11-20T11:30:00Z', author: 'Marcus Feld',
  url: 'https://coastalcourier.example/news/transport/2026/11/20/northline-rail-cuts-40-weekday-trains',
  syndicationSource: 'https://regionalwire.example/transport/2026/11/northline-rail-cuts-40-weekday-trains',
  title: 'Northline Rail to cut 40 weekday trains in winter timetable',
  summary: 'The operator blames a shortage of 38 drivers and resignalling work on the Eastbank line.',
  body: wireBody,
  footnote: 'This story originally appeared on Regional Wire (https://regionalwire.example/transport/2026/11/northline-rail-cuts-40-weekday-trains) and is republished with permission.',
};

export const ledgerNorthline = {
  postId: 18281, at: '2026-11-20T13:00:00Z', author: 'Samir Qureshi', tags: ['Transport'],
  url: 'https://harborledger.example/2026/11/20/northline-winter-timetable-harbor-city-commuters/',
  title: 'Northline winter timetable: what 40 fewer trains mean for Harbor City commuters',
  summary: 'The Millbrook branch loses its two earliest trains; the Eastbank line loses 22 departures.',
  body: `Harbor City commuters who use the Northline will have fewer trains to choose from this winter after the operator cut 40 weekday departures from its timetable, which takes effect on December 13.

For riders from Millbrook, the biggest change is at the start of the day: the 06:12 and 06:42 departures are withdrawn, so the first train into the city leaves at 07:05. The 07:48 is also gone.

The Eastbank line loses 22 weekday trains, most of them between 10:00 and 15:00, when trains will run every 30 minutes instead of every 15.

Northline said the cuts were caused by a shortage of 38 drivers and by resignalling work on the Eastbank line between January and March. The timetable runs until March 27.

Commuters found the changes in the timetable PDF on Thursday, a day before the company confirmed them. Councillor Dana Ruiz said she would raise the cuts at the transport committee next week.`,
};
