// Unrelated items that share feeds with the storylines, as real feeds do.
export const circuitLaptop = {
  postId: 48530, at: '2026-11-16T13:00:00Z', author: 'Leo Hartmann', tags: ['Reviews', 'Laptops'],
  url: 'https://dailycircuit.example/2026/11/16/pelican-14-review/',
  title: 'Pelican 14 review: a 19-hour battery in a 1.1 kg laptop',
  summary: 'Tern Computing’s new ultralight lasts longer than anything we have tested this year, but its keyboard is shallow.',
  body: `The Pelican 14 from Tern Computing lasted 19 hours and 12 minutes in our video playback test, the longest of any laptop we have reviewed this year.

It weighs 1.1 kg, has a 14-inch 2880 by 1800 OLED screen and costs $1,299 with 16 GB of memory and a 1 TB drive.

The keyboard is the weak point: keys travel just 1 mm, and long typing sessions felt tiring. The webcam is also mediocre in low light.

For travellers who value battery life above all, it is an easy recommendation.`,
};

export const meridianMarathon = {
  at: '2026-11-22T18:00:00Z', author: 'Jonas Weller', tags: ['Sport'],
  url: 'https://meridianobserver.example/sport/2026/nov/22/city-marathon-record-field',
  title: 'City marathon draws record field of 31,000 runners',
  summary: 'Warm autumn weather brought out the biggest crowd in the race’s 40-year history.',
  body: `A record 31,000 runners started the city marathon on Sunday, beating the previous high of 27,500 set in 2019.

Hana Mbeki won the women's race in 2 hours 24 minutes, and Arturo Lindahl took the men's title in 2:09:41.

Organisers said unusually warm weather for late November, 16 degrees at the start, had kept medical tents busy, and that more water stations would be added next year.`,
};

export const ledgerLibrary = {
  postId: 18270, at: '2026-11-21T15:00:00Z', author: 'Samir Qureshi', tags: ['Community'],
  url: 'https://harborledger.example/2026/11/21/eastside-library-branch-opens/',
  title: 'Eastside library branch opens with makerspace and late hours',
  summary: 'The $14 million branch is the first new library in Harbor City in 22 years.',
  body: `Harbor City's first new public library in 22 years opened on Saturday in the Eastside neighbourhood, with a makerspace, a recording studio and opening hours until 9 p.m. on weekdays.

The $14 million branch holds 60,000 books and was paid for by a 2023 bond measure.

"People asked for a place to go after work and school, and this is it," said city librarian Ottilie Brandt.`,
};
