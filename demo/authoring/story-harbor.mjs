// Storyline d: Harbor City plate-reader retention (press first; a misreported 90-day figure circulates).
export const ledgerVote = {
  postId: 18234, at: '2026-11-18T00:55:00Z', author: 'Rosa Delgado', tags: ['City Hall', 'Privacy', 'Police'], commentCount: 7,
  url: 'https://harborledger.example/2026/11/18/council-votes-to-keep-plate-reader-data-for-a-year/',
  title: 'Harbor City council votes 7-2 to keep licence-plate reader data for a year',
  summary: 'An amendment to cap retention at 90 days failed; data from the city’s 48 cameras will now be kept for 365 days.',
  body: `Harbor City will keep the data collected by its automated licence-plate readers for 365 days, after the city council voted 7-2 on Tuesday night to approve a policy requested by the police department.

The city's 48 fixed cameras photograph the plate of every passing vehicle and record the time and place. Until now, records that were not linked to an investigation were deleted after 30 days.

The council first voted down, also 7-2, an amendment from councillor Imani Brooks that would have capped retention at 90 days, the limit recommended in September by the city's privacy advisory committee. Brooks and councillor Felix Arendt voted against the final policy.

"Most car thefts and hit-and-runs in this city are solved with data that is more than a month old," Police Chief Warren Tully told the council. "Thirty days was simply too short."

Privacy advocates said a year of location records for every driver in the city goes far beyond what is needed. "This is a year-long diary of where every resident drives, kept on people who have done nothing wrong," said Jonah Mercer, director of the Harbor Civil Liberties Coalition, who spoke during the two hours of public comment.

Under the new policy, the department must publish a quarterly audit of who searched the data and why, and may share records with other agencies only under a court order. The policy takes effect on January 1.`,
};

export const ledgerExplainer = {
  postId: 18260, at: '2026-11-19T12:00:00Z', author: 'Rosa Delgado', tags: ['City Hall', 'Privacy'],
  url: 'https://harborledger.example/2026/11/19/plate-reader-policy-what-changes/',
  title: 'Plate-reader data: what Harbor City’s new policy does and does not allow',
  summary: 'No, the retention period is not 90 days. Here is what the council actually approved.',
  body: `Since the council's 7-2 vote on Tuesday, many posts on social media have said that Harbor City will keep licence-plate reader data for 90 days. That is not what the council approved.

The retention period in the new policy is 365 days. Ninety days was the figure recommended by the city's privacy advisory committee and proposed in an amendment by councillor Imani Brooks; that amendment failed 2-7.

The data covers the city's 48 fixed cameras. Records older than 365 days are deleted automatically unless they are attached to an open investigation or a court case.

Officers need a case number to search the data, and every search is logged. The police department must publish a quarterly audit listing the number of searches and their stated reasons.

Records can be shared with other agencies, including state and federal ones, only under a court order. The policy takes effect on January 1, and the 30-day rule applies until then.`,
};

export const ledgerComments = [
  { id: 4412, author: 'Dolores Finch', at: '2026-11-18T01:32:00Z', text: `So they went from 30 days to a whole year, after their own privacy committee said 90. What was the point of having the committee?` },
  { id: 4415, author: 'Mike Santangelo', at: '2026-11-18T02:10:00Z', text: `My car was stolen last spring and the police told me the camera records had already been deleted. I'm fine with a year.` },
  { id: 4419, author: 'R. Okafor', at: '2026-11-18T03:47:00Z', replyTo: 4412, text: `The committee only advises. Council can ignore it, and clearly did.` },
  { id: 4423, author: 'harborwatcher', at: '2026-11-18T09:15:00Z', text: `Does this apply to footage already collected? Or does the year start counting in January?` },
  { id: 4426, author: 'Rosa Delgado', at: '2026-11-18T10:02:00Z', replyTo: 4423, text: `Reporter here. The 30-day rule stays in force until the policy takes effect on January 1, so records collected before then will already have been deleted on the old schedule. The 365-day clock applies to data collected from January 1.` },
  { id: 4431, author: 'Greg Tamm', at: '2026-11-18T12:40:00Z', text: `90 days would have been reasonable. Glad at least they didn't go for a full year like the police wanted.` },
  { id: 4434, author: 'Dolores Finch', at: '2026-11-18T13:05:00Z', replyTo: 4431, text: `Greg, read the article again. They DID go for a full year. The 90-day amendment is the one that failed.` },
];

export const harborTag = [
  { acct: 'civicmaya@harbor.social.example', name: 'Maya Lindgren', at: '2026-11-18T02:05:00Z', seq: 1, replies: 3, reblogs: 64, favourites: 97,
    text: `Harbor City council just voted to keep licence plate reader data for 90 days. Three times longer than now. Every car, every street. #HarborCity #privacy` },
  { acct: 'dataknot@fosstodon.example', name: 'Ravi Dasgupta', at: '2026-11-18T02:48:00Z', seq: 2, replies: 2, reblogs: 118, favourites: 203,
    text: `Correction to what is going around: the council approved 365 days, not 90. The 90-day amendment FAILED 2-7. It's twelve times the current 30 days, not three. Source: the Harbor Ledger's report. #HarborCity` },
  { acct: 'councilwatch_hc@harbor.social.example', name: 'Council Watch HC', at: '2026-11-18T03:20:00Z', seq: 3, replies: 1, reblogs: 42, favourites: 58,
    text: `Roll call on the plate-reader policy. Yes: Alvarez, Chen, Okonkwo, Petrov, Sandoval, Whitaker, Yilmaz. No: Brooks, Arendt. Passed 7-2. Retention 365 days, effective January 1. #HarborCity` },
  { acct: 'marisol_b@harbor.social.example', name: 'Marisol Benítez', at: '2026-11-18T11:30:00Z', seq: 4, replies: 1, reblogs: 3, favourites: 12,
    text: `Genuine question: what happens to the plate data after 365 days? Deleted or just archived somewhere? #HarborCity` },
  { acct: 'harborhistorian@mastodon.example', name: 'Old Harbor History', at: '2026-11-18T12:05:00Z', seq: 5, replies: 0, reblogs: 9, favourites: 31,
    text: `@marisol_b@harbor.social.example Per the policy text, records are purged automatically at 365 days unless they are tied to an open investigation or court case. Every search also needs a case number and is logged. #HarborCity` },
  { acct: 'bikeharbor@harbor.social.example', name: 'Bike Harbor', at: '2026-11-18T15:40:00Z', seq: 6, replies: 0, reblogs: 21, favourites: 76,
    text: `Great, a year of my commute to the bakery on file. Very safe. Much crime prevented. #HarborCity` },
];

export const meridianHarbor = {
  at: '2026-11-18T16:00:00Z', author: 'Grace Ndiaye', tags: ['Local government'],
  url: 'https://meridianobserver.example/regions/2026/nov/18/harbor-city-plate-reader-retention',
  title: 'Harbor City extends licence-plate reader retention to 365 days after 7-2 vote',
  summary: 'Online claims that the city settled on 90 days are wrong; that proposal was defeated.',
  body: `Harbor City will retain data from its licence-plate reader cameras for a year, after the city council voted 7-2 on Tuesday to extend the retention period from 30 days to 365 days.

Claims circulating on social media on Wednesday that the council had settled on 90 days are incorrect. A 90-day cap, recommended by the city's privacy advisory committee, was proposed as an amendment and defeated by the same 7-2 margin.

The policy covers 48 fixed cameras across the city. Police Chief Warren Tully said older data was needed to solve vehicle thefts and hit-and-run collisions.

Councillor Felix Arendt, who voted against, said the council had "chosen convenience over the committee's advice". The Harbor Civil Liberties Coalition said it was considering a ballot initiative to reverse the decision.

The new rules require quarterly public audits and a court order before data is shared with other agencies. They take effect on January 1.`,
};
