// Storylines a (Vireo X90 memory bus, community first, disputed figure) and b (earnings, distractor).
export const vireoLaunch = {
  slug: 'vireo-x90-launch', postId: 9120, section: 'Newsroom', at: '2026-11-03T16:00:00Z', author: 'Kestrel Semiconductor', authorType: 'Organization', type: 'Article',
  url: 'https://kestrelsemi.example/newsroom/2026/11/vireo-x90-launch', title: 'Kestrel Semiconductor introduces the Vireo X90 graphics card',
  summary: 'The Vireo X90 pairs 16 GB of GDDR7 memory on a 256-bit bus with a 48 MB StreamCache, priced at $649 and on sale November 12.',
  body: `SAN MATEO, Calif. — November 3, 2026 — Kestrel Semiconductor today introduced the Vireo X90, a graphics card for high-refresh 1440p and entry 4K gaming built on the company's second-generation Vireo architecture.

The Vireo X90 carries 16 GB of GDDR7 memory running at 28 Gbps on a 256-bit memory bus, for a rated memory bandwidth of 896 GB/s. A 48 MB on-die StreamCache keeps frequently used data next to the shader array, and the card draws 220 W of total board power.

"Gamers told us they were tired of choosing between memory capacity and memory speed," said Tomas Lindqvist, general manager of Kestrel's graphics business. "With a 256-bit bus and 16 GB of GDDR7, the Vireo X90 gives them both at a price that makes sense."

The Vireo X90 has 64 compute units with a boost clock of up to 2.9 GHz, supports DisplayPort 2.1 and HDMI 2.2, and uses a single 16-pin power connector. Kestrel rates it 31 percent faster than its previous-generation Vireo X70 across a suite of 25 games at 1440p.

Pre-orders open today at the Kestrel Store and participating retailers. The Vireo X90 goes on sale on November 12 at a suggested price of $649. Partner cards from four board makers will follow in December.`,
};

export const siliconBenchTopic = {
  site: 'Silicon Bench Forums', tagline: 'Overclocking, firmware and hardware teardown since 2009', host: 'forums.siliconbench.example',
  forum: 'Graphics Cards', forumId: 14, topicId: 2291, firstPostId: 40112,
  title: 'Vireo X90 VBIOS dump: memory straps say six channels, not eight',
  posts: [
    { user: 'vbios_vera', rank: 'Firmware Wrangler', posts: 3412, joined: 'Mon Mar 02, 2020 9:14 pm', at: '2026-11-05T21:40:00Z', signature: 'Dumps or it did not happen.',
      text: `Got a pre-release Vireo X90 VBIOS from a board-partner contact (device ID 0x7C41, same as the retail ID in Kestrel's launch driver). Ran it through the usual strap parser.

The memory controller table has six populated channel entries, each 32 bits wide. Entries seven and eight are zeroed. Six times 32 is 192-bit, not the 256-bit on the spec sheet.

The memory table also lists mixed densities: four 3 GB modules and two 2 GB modules. That is how you get 16 GB on six channels. At 28 Gbps a 192-bit bus gives 672 GB/s of raw bandwidth, not 896.

Happy to be proven wrong, but I have parsed a lot of these tables and this one is not ambiguous.` },
    { user: 'mosfet_mike', rank: 'Moderator', posts: 18230, joined: 'Thu Jun 11, 2009 7:02 pm', at: '2026-11-05T22:05:00Z',
      quote: { user: 'vbios_vera', index: 0, text: 'Entries seven and eight are zeroed.' },
      text: `Are you sure this isn't the straps for a cut-down X80? Kestrel has shipped one VBIOS family for two SKUs before, and the unused entries get zeroed per board.` },
    { user: 'vbios_vera', rank: 'Firmware Wrangler', posts: 3413, joined: 'Mon Mar 02, 2020 9:14 pm', at: '2026-11-05T22:31:00Z',
      text: `Checked that. The board ID in the header is the X90 reference board, and the SKU string literally says "VIREO X90 16G". There is no X80 entry in this image.

Also compare the photos: Kestrel's launch render shows eight memory packages around the GPU, but the retail board that leaked on Monday has six packages and two empty pads.` },
    { user: 'quietfan', rank: 'Member', posts: 212, at: '2026-11-06T00:12:00Z',
      text: `Does this affect cards already sold? I pre-ordered on launch day from the Kestrel Store. If the bus is 192-bit I want my money back before it ships.` },
    { user: 'mosfet_mike', rank: 'Moderator', posts: 18231, joined: 'Thu Jun 11, 2009 7:02 pm', at: '2026-11-06T00:40:00Z',
      quote: { user: 'quietfan', index: 3, text: 'Does this affect cards already sold?' },
      text: `Nothing has actually been sold yet, only pre-ordered. Cards ship on November 12. The Kestrel Store terms let you cancel a pre-order for a full refund any time before dispatch, and the big retailers do the same.

And I ran the numbers myself: 28 Gbps times 192 bits divided by 8 is 672 GB/s. Kestrel's 896 GB/s only works at 256-bit. Either the strap table is wrong or the spec sheet is.` },
    { user: 'Harlan_R', rank: 'Member', posts: 951, at: '2026-11-06T06:50:00Z',
      text: `Calling it now: Kestrel will say it's "256-bit effective" because of the cache. Like my 40-hour effective work week.` },
  ],
};

export const hardwareThread = {
  subreddit: 'hardware', subscribers: 4182331, id: '1kx9v0q', slug: 'vireo_x90_firmware_dump_suggests_192bit_memory_bus',
  title: 'Vireo X90 firmware dump suggests a 192-bit memory bus, not the advertised 256-bit', author: 'trace_width', at: '2026-11-06T02:10:00Z',
  score: 3412, ratio: 0.96, flair: 'Rumor',
  selftext: `A user on the Silicon Bench forums parsed a pre-release Vireo X90 VBIOS: six populated 32-bit memory channels, two zeroed, mixed 3 GB and 2 GB modules to reach 16 GB. Thread: https://forums.siliconbench.example/viewtopic.php?t=2291

Kestrel's launch page says 256-bit and 896 GB/s. Six channels at 28 Gbps would be 192-bit and 672 GB/s. No press coverage yet, and Kestrel hasn't responded to anyone on social media.`,
  comments: [
    { id: 'mq3k2ab', author: 'GDDRwhisperer', at: '2026-11-06T02:31:00Z', score: 1204,
      body: `The mixed-density detail is the giveaway. Nobody puts 3 GB and 2 GB modules on the same card unless the channel count forces it. Eight channels of 2 GB is the obvious 16 GB layout; six channels can't get there with one density.`,
      replies: [
        { id: 'mq3m7xc', author: 'trace_width', at: '2026-11-06T02:50:00Z', score: 310, body: `Yep. Which also means the last 4 GB sits on only two channels and will be slower to reach, if this is right.` },
        { id: 'mq3r1tz', author: 'not_a_shill_honest', at: '2026-11-06T03:40:00Z', score: -14,
          body: `It's an engineering-sample VBIOS. Retail cards are 256-bit. Calm down, everyone.`,
          replies: [
            { id: 'mq3t4gd', author: 'GDDRwhisperer', at: '2026-11-06T04:02:00Z', score: 225, body: `Device ID 0x7C41 is the retail ID in Kestrel's own launch driver, and the SKU string says VIREO X90 16G. If that's an engineering sample, it's wearing the retail name tag.` },
          ] },
      ] },
    { id: 'mq3n9wq', author: 'pixel_peeper', at: '2026-11-06T03:05:00Z', score: 688,
      body: `Does this affect cards already sold? I pre-ordered on launch day and I'm not keen on paying $649 for a spec that isn't real.`,
      replies: [
        { id: 'mq3pa2e', author: 'retailrat', at: '2026-11-06T03:22:00Z', score: 402, flair: 'Retail',
          body: `None have been sold yet; they ship November 12. Most retailers let you cancel a pre-order before it ships, and the Kestrel Store says cancellations are free until dispatch. If you want out, cancel now rather than fighting a return later.` },
      ] },
    { id: 'mq41b8u', author: 'benchmarkbarbara', at: '2026-11-06T05:40:00Z', score: 512,
      body: `Bus width alone doesn't decide performance at 1440p, and a 48 MB cache hides a lot. But if the spec sheet says 256-bit, it should be 256-bit. Wait for reviews with actual bandwidth tests before deciding anything.` },
  ],
};

export const circuitVireo = {
  postId: 48211, at: '2026-11-07T14:20:00Z', author: 'Nadia Brenner', tags: ['Graphics cards', 'Kestrel Semiconductor'],
  url: 'https://dailycircuit.example/2026/11/07/kestrel-vireo-x90-memory-bus/',
  title: "Kestrel's Vireo X90 has a narrower memory bus than advertised, firmware and board photos suggest",
  summary: 'Kestrel says the card delivers "256-bit effective" performance, but its firmware describes a 192-bit interface.',
  body: `Kestrel Semiconductor's new Vireo X90 graphics card appears to use a 192-bit memory interface rather than the 256-bit bus the company advertised at its launch on November 3, according to firmware analysed by enthusiasts and photos of a retail board.

The discrepancy was first spotted on November 5 by a member of the Silicon Bench forums, who parsed the card's firmware and found six populated 32-bit memory channels where a 256-bit design would need eight. The finding spread to Reddit's r/hardware community within hours, more than a day before Kestrel addressed it.

Asked about the findings, Kestrel did not dispute the channel count. "The Vireo X90 delivers 256-bit effective memory performance," said Dana Whitlock, Kestrel's director of product communications. "Our 48 MB StreamCache serves a large share of memory requests on the die, so games see bandwidth comparable to a 256-bit design."

The difference matters for the headline figure. At 28 Gbps, a 192-bit bus moves 672 GB/s of raw data; the 896 GB/s on Kestrel's specification page requires a 256-bit bus. The card reaches 16 GB by mixing four 3 GB memory modules with two 2 GB modules, an arrangement that the firmware also describes.

Whitlock said Kestrel would "clarify the specification page" and that pre-orders could be cancelled for a full refund before the card ships on November 12. The card costs $649.

Independent reviews of the Vireo X90 are due on November 11, the day before it goes on sale.`,
};

export const meridianVireo = {
  at: '2026-11-07T19:45:00Z', author: 'Owen Pike', tags: ['Technology'],
  url: 'https://meridianobserver.example/technology/2026/nov/07/kestrel-vireo-x90-bandwidth-dispute',
  title: 'Kestrel defends Vireo X90 memory claims as testers measure 672 GB/s',
  summary: 'The chipmaker now lists a "192-bit physical, 256-bit effective" interface after enthusiasts questioned its launch figures.',
  body: `Kestrel Semiconductor has changed the published specifications of its Vireo X90 graphics card after enthusiasts showed that the card's memory bus is narrower than the company claimed at launch.

The card's product page, which on November 3 listed a 256-bit memory bus and 896 GB/s of bandwidth, now describes a "192-bit physical interface, 256-bit effective with StreamCache". The rated bandwidth has been removed.

Hardware testers at the independent lab BenchRow measured 668 GB/s in a memory-copy test on a retail sample, close to the 672 GB/s a 192-bit bus should deliver at the card's 28 Gbps memory speed.

"We should have been clearer from day one," said Dana Whitlock, a Kestrel spokesperson. "The StreamCache makes the X90 behave like a 256-bit card in games, and that is the number we led with. We are now publishing both figures."

Consumer groups were less forgiving. "A bus width is a physical fact, not a marketing metaphor," said Leah Ostrowski of the Digital Buyers Association, which has asked Kestrel to offer refunds to anyone who bought on the basis of the original specification.

Kestrel said customers who pre-ordered can cancel for a full refund before dispatch on November 12, and that it would honour returns for 30 days after delivery.`,
};

// ---------- b: earnings (distractor: same company, different event and vocabulary) ----------
export const kestrelResults = {
  slug: 'q3-fiscal-2027-results', postId: 9188, section: 'Investor Relations', at: '2026-11-12T21:05:00Z', author: 'Kestrel Semiconductor', authorType: 'Organization', type: 'Article',
  url: 'https://kestrelsemi.example/investors/news/2026/11/q3-fiscal-2027-results', title: 'Kestrel Semiconductor reports third quarter fiscal 2027 results',
  summary: 'Revenue of $2.41 billion, up 18% year over year; data center revenue of $1.37 billion, up 41%.',
  body: `SAN MATEO, Calif. — November 12, 2026 — Kestrel Semiconductor today reported revenue of $2.41 billion for the third quarter of fiscal 2027, ended October 31, 2026, up 18 percent from a year ago and up 7 percent from the previous quarter.

Data center revenue was a record $1.37 billion, up 41 percent from a year ago, driven by shipments of the Kestrel Talon accelerator to cloud and enterprise customers. Client computing revenue was $690 million, down 6 percent, and embedded revenue was $350 million, up 4 percent.

GAAP gross margin was 58.2 percent, up from 55.9 percent a year earlier. GAAP earnings per diluted share were $1.12, compared with $0.81 a year ago.

"Demand for Talon continues to outpace our supply, and we added three new hyperscale customers in the quarter," said Marguerite Osei, chief executive officer of Kestrel Semiconductor.

"We returned $420 million to shareholders through buybacks and dividends while increasing our investment in advanced packaging capacity," said Priya Raman, chief financial officer.

For the fourth quarter of fiscal 2027, Kestrel expects revenue of $2.55 billion, plus or minus 2 percent, and GAAP gross margin of approximately 58.5 percent. The company will hold a conference call for analysts and investors today at 2:00 p.m. Pacific time.`,
};

export const circuitEarnings = {
  postId: 48390, at: '2026-11-12T22:10:00Z', author: 'Leo Hartmann', tags: ['Business', 'Kestrel Semiconductor'],
  url: 'https://dailycircuit.example/2026/11/12/kestrel-q3-earnings-data-center/',
  title: "Kestrel's data-centre sales jump 41% as quarterly revenue reaches $2.41 billion",
  summary: 'Accelerator demand carried the quarter while client computing revenue slipped 6 percent.',
  body: `Kestrel Semiconductor reported third-quarter revenue of $2.41 billion on Thursday, up 18 percent from a year earlier, as sales of its Talon data-centre accelerators offset a weaker quarter for desktop and laptop chips.

Data-centre revenue rose 41 percent to $1.37 billion, more than half of the company's total for the first time. Client computing revenue fell 6 percent to $690 million.

Analysts polled by MarketLens had expected revenue of $2.36 billion and earnings of $1.05 a share; Kestrel reported $1.12. Shares rose 6 percent in after-hours trading.

On a call with analysts, chief financial officer Priya Raman said Talon supply would remain tight "into the middle of next year" because of limited advanced-packaging capacity, and that the company was paying suppliers in advance to secure more.

Kestrel forecast fourth-quarter revenue of $2.55 billion, plus or minus 2 percent, above the $2.48 billion analysts had pencilled in.`,
};

export const meridianEarnings = {
  at: '2026-11-13T08:00:00Z', author: 'Aisha Karimi', tags: ['Business'],
  url: 'https://meridianobserver.example/business/2026/nov/13/kestrel-quarterly-results',
  title: 'Kestrel forecasts $2.55bn quarter as accelerator orders pile up',
  summary: 'The chipmaker beat expectations, but margins depend on how fast it can add packaging capacity.',
  body: `Kestrel Semiconductor beat Wall Street's expectations for the third quarter and raised its outlook, saying orders for its Talon accelerator chips were still running ahead of what it could build.

Revenue for the three months to October 31 was $2.41bn, an 18 per cent increase on the same period last year. Data centre sales were $1.37bn, up 41 per cent, and now account for 57 per cent of revenue.

Chief executive Marguerite Osei said the company had signed three new hyperscale customers during the quarter. Kestrel expects fourth-quarter revenue of $2.55bn, plus or minus 2 per cent.

Gross margin improved to 58.2 per cent from 55.9 per cent a year ago. Analysts said the margin outlook would depend on packaging costs, which Kestrel is prepaying to secure supply.`,
};

export const stocksThread = {
  subreddit: 'stocks', subscribers: 7260114, id: '1kzq3m8', slug: 'kstl_q3_fy27_earnings_revenue_241b_data_center_137b',
  title: 'KSTL Q3 FY27 earnings: revenue $2.41B (+18% YoY), data center $1.37B (+41%), Q4 guide $2.55B', author: 'ticker_tape', at: '2026-11-12T21:30:00Z',
  score: 842, ratio: 0.93, flair: 'Company Discussion',
  selftext: `Revenue $2.41B vs $2.36B expected. EPS $1.12 vs $1.05. Data center $1.37B (+41% YoY), client $690M (-6%), embedded $350M (+4%). Gross margin 58.2%. Q4 guidance $2.55B +/- 2% vs $2.48B consensus. Up about 6% after hours.`,
  comments: [
    { id: 'mr0a1kd', author: 'dividend_dan', at: '2026-11-12T21:44:00Z', score: 311,
      body: `Data center is now 57% of revenue. This isn't a PC chip company anymore, whatever the logo says.` },
    { id: 'mr0c7pe', author: 'bagholder_bea', at: '2026-11-12T22:02:00Z', score: 140,
      body: `What's the margin risk if packaging costs keep going up? They're prepaying suppliers, that has to show up somewhere.`,
      replies: [
        { id: 'mr0f2rs', author: 'ledger_lines', at: '2026-11-12T22:26:00Z', score: 188,
          body: `Prepayments sit on the balance sheet first and hit cost of goods as the parts are used. Raman guided gross margin to about 58.5% for Q4, so they're absorbing it for now.` },
      ] },
    { id: 'mr0h9tv', author: 'gamma_squeeze_gary', at: '2026-11-12T23:15:00Z', score: -6,
      body: `Client down 6% and nobody cares. Wait until the gaming crowd stops buying. Puts.` },
  ],
};
