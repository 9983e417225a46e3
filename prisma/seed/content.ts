// Demo content for a fresh install. Titles, dates, names, outlets and types of the
// real pieces are facts; every dek, body, bio, pull quote and description below is
// original prose written for this demo. Experts marked "fictional" are invented.
import type { SeedArticle, SeedAuthor, SeedContentType, SeedProgram, SeedShow, SeedTopic } from './types';

export const contentTypes: SeedContentType[] = [
  { slug: 'commentary', name: 'Commentary', pluralName: 'Commentary', sortOrder: 1 },
  { slug: 'report', name: 'Report', pluralName: 'Reports', sortOrder: 2 },
  { slug: 'podcast', name: 'Podcast', pluralName: 'Podcasts', sortOrder: 3 },
  { slug: 'testimony', name: 'Congressional Testimony', pluralName: 'Congressional Testimony', sortOrder: 4 },
  { slug: 'in-the-news', name: 'In the News', pluralName: 'In the News', sortOrder: 5 },
  { slug: 'article', name: 'Article', pluralName: 'Articles', sortOrder: 6 },
  { slug: 'press-release', name: 'Press Release', pluralName: 'Press Releases', sortOrder: 7 },
  { slug: 'event', name: 'Event', pluralName: 'Events', sortOrder: 8 },
];

export const programs: SeedProgram[] = [
  {
    slug: 'technology-and-national-security',
    name: 'Technology and National Security',
    description:
      'Examines how artificial intelligence, autonomy, semiconductors and other emerging technologies are reshaping military power and the contest among leading states.',
    highlights: ['securing-the-ai-stack-compute-data-and-talent-in-us-china-competition', 'the-resilience-of-sino-russian-high-tech-cooperation'],
  },
  {
    slug: 'transatlantic-security',
    name: 'Transatlantic Security',
    description:
      'Studies the NATO alliance, Russian strategy and the war in Ukraine to help Washington and its European partners strengthen collective defense.',
    director: 'andrea-kendall-taylor',
    highlights: ['natos-next-summit-must-be-about-production-not-pledges', 'the-baltic-sea-is-natos-new-front-line', 'rebuilding-ukraines-defense-industry'],
  },
  {
    slug: 'indo-pacific-security',
    name: 'Indo-Pacific Security',
    description:
      'Analyzes China’s military rise, the security of Taiwan and the evolving network of U.S. alliances and partnerships across Asia.',
  },
  {
    slug: 'middle-east-security',
    name: 'Middle East Security',
    description:
      'Assesses regional conflicts, Iranian influence and the role of outside powers in shaping stability from the Levant to the Gulf.',
    director: 'nadia-farrukh-lowell',
    highlights: ['irans-drone-exports-and-the-widening-war-economy', 'chinas-long-game-in-the-gulf'],
  },
  {
    slug: 'defense',
    name: 'Defense',
    description:
      'Develops practical recommendations on force design, budgets, readiness and nuclear posture for the Department of Defense and Congress.',
  },
  {
    slug: 'energy-economics-and-security',
    name: 'Energy, Economics and Security',
    description:
      'Explores sanctions, export controls, energy markets and other instruments of economic statecraft as tools of national security policy.',
  },
];

export const topics: SeedTopic[] = [
  {
    slug: 'artificial-intelligence',
    name: 'Artificial Intelligence',
    kind: 'TOPIC',
    description: 'Military and strategic implications of machine learning, from decision support to autonomous weapons.',
  },
  {
    slug: 'military-technology',
    name: 'Military Technology',
    kind: 'TOPIC',
    description: 'Drones, hypersonics, space systems and the industrial base that produces them.',
  },
  {
    slug: 'great-power-competition',
    name: 'Great-Power Competition',
    kind: 'TOPIC',
    description: 'The long-term rivalry among the United States, China and Russia across military, economic and technological domains.',
  },
  {
    slug: 'sanctions',
    name: 'Sanctions',
    kind: 'TOPIC',
    description: 'Financial restrictions, trade controls and the enforcement challenges that determine whether economic pressure works.',
  },
  {
    slug: 'nuclear-deterrence',
    name: 'Nuclear Deterrence',
    kind: 'TOPIC',
    description: 'Nuclear forces, modernization and the strategies that keep competition among nuclear powers from turning into war.',
  },
  {
    slug: 'cyber',
    name: 'Cyber',
    kind: 'TOPIC',
    description: 'State-backed intrusions, critical infrastructure protection and the rules of conduct in cyberspace.',
  },
  {
    slug: 'talent-and-immigration',
    name: 'Talent and Immigration',
    kind: 'TOPIC',
    description: 'How visa rules, research funding and workforce policy affect the national security innovation base.',
  },
  {
    slug: 'defense-budget',
    name: 'Defense Budget',
    kind: 'TOPIC',
    description: 'Spending priorities, appropriations and the trade-offs that shape what the armed forces can buy.',
  },
  {
    slug: 'arms-control',
    name: 'Arms Control',
    kind: 'TOPIC',
    description: 'Treaties, verification and informal restraint measures aimed at limiting dangerous weapons competition.',
  },
  {
    slug: 'russia',
    name: 'Russia',
    kind: 'REGION',
    description: 'Kremlin decision-making, the Russian military and Moscow’s relations with the West and with China.',
  },
  {
    slug: 'china',
    name: 'China',
    kind: 'REGION',
    description: 'The People’s Republic of China, its armed forces and its economic and technological ambitions.',
  },
  {
    slug: 'ukraine',
    name: 'Ukraine',
    kind: 'REGION',
    description: 'The war in Ukraine, Western assistance and the country’s long-term security.',
  },
  {
    slug: 'europe',
    name: 'Europe',
    kind: 'REGION',
    description: 'European defense, the NATO alliance and the European Union’s role in security affairs.',
  },
  {
    slug: 'middle-east',
    name: 'Middle East',
    kind: 'REGION',
    description: 'Security dynamics in the Gulf, the Levant and North Africa, and the interests of outside powers.',
  },
  {
    slug: 'indo-pacific',
    name: 'Indo-Pacific',
    kind: 'REGION',
    description: 'The maritime and continental security environment stretching from the Indian Ocean to the Western Pacific.',
  },
];

export const authors: SeedAuthor[] = [
  // Real experts named on the reference page. Bios are deliberately general.
  {
    slug: 'samuel-bendett',
    name: 'Samuel Bendett',
    sortName: 'Bendett, Samuel',
    title: 'Adjunct Senior Fellow, Technology and National Security Program',
    program: 'technology-and-national-security',
    bio: `Samuel Bendett studies Russian military innovation, with a focus on unmanned and autonomous systems, robotics and the institutions that decide how new technologies reach the force.

His work examines how Russia's armed forces absorb lessons from combat, how the state steers civilian research toward defense needs, and where Moscow's technology ambitions overlap with those of Beijing.

He writes for policy audiences on drones, military artificial intelligence and the changing character of the battlefield.`,
  },
  {
    slug: 'elsa-b-kania',
    name: 'Elsa B. Kania',
    sortName: 'Kania, Elsa B.',
    title: 'Adjunct Senior Fellow, Technology and National Security Program',
    program: 'technology-and-national-security',
    bio: `Elsa B. Kania researches Chinese military strategy and innovation, including the People's Liberation Army's approach to artificial intelligence and other emerging technologies.

Her interests span the links between China's civilian research base and its armed forces, the development of military doctrine for intelligent warfare, and the policy choices facing the United States as technological competition intensifies.`,
  },
  {
    slug: 'jordan-schneider',
    name: 'Jordan Schneider',
    sortName: 'Schneider, Jordan',
    title: 'Adjunct Fellow, Technology and National Security Program',
    program: 'technology-and-national-security',
    bio: `Jordan Schneider follows the technology contest between the United States and China, with particular attention to semiconductors, industrial policy and the global movement of scientific talent.

His commentary looks at how policy decisions in Washington and Beijing ripple through research labs, supply chains and the companies that sit at the center of both economies.`,
  },
  {
    slug: 'jim-townsend',
    name: 'Jim Townsend',
    sortName: 'Townsend, Jim',
    title: 'Adjunct Senior Fellow, Transatlantic Security Program',
    program: 'transatlantic-security',
    bio: `Jim Townsend works on European security, the NATO alliance and defense cooperation between the United States and its European partners.

His analysis covers alliance politics, deterrence on NATO's eastern flank and the course of the war in Ukraine, with an eye to what each development means for American leadership in Europe.

He is a frequent voice in the media on transatlantic affairs.`,
  },
  {
    slug: 'andrea-kendall-taylor',
    name: 'Andrea Kendall-Taylor',
    sortName: 'Kendall-Taylor, Andrea',
    title: 'Senior Fellow and Director, Transatlantic Security Program',
    program: 'transatlantic-security',
    bio: `Andrea Kendall-Taylor researches Russia, authoritarian politics and the challenges that autocracies pose to America and its partners in Europe and Asia.

Her work considers how personalist regimes make decisions, how Moscow and Beijing reinforce one another, and how democracies can compete more effectively against them.`,
  },
  {
    slug: 'celeste-wallander',
    name: 'Celeste Wallander',
    sortName: 'Wallander, Celeste',
    title: 'Adjunct Senior Fellow, Transatlantic Security Program',
    program: 'transatlantic-security',
    bio: `Celeste Wallander focuses on Russian foreign and defense policy, Ukraine and the institutions that hold the transatlantic alliance together.

Her interests include the history of U.S. security partnerships in Eastern Europe and the policy choices that will shape European security in the decade ahead.`,
  },
  {
    slug: 'jeffrey-edmonds',
    name: 'Jeffrey Edmonds',
    sortName: 'Edmonds, Jeffrey',
    title: 'Adjunct Senior Fellow, Transatlantic Security Program',
    program: 'transatlantic-security',
    bio: `Jeffrey Edmonds analyzes Russian military strategy, Kremlin decision-making and the economic foundations of Moscow's war effort.

He is interested in how Russia's leadership weighs costs and risks, and in what Western policymakers can realistically expect from pressure, negotiation and deterrence.`,
  },

  // Fictional experts invented for the demo.
  {
    slug: 'priya-halvorsen',
    name: 'Priya Halvorsen',
    sortName: 'Halvorsen, Priya',
    title: 'Senior Fellow, Defense Program',
    program: 'defense',
    bio: `Priya Halvorsen leads the Center's work on defense budgets, acquisition and force design. She has written widely on how the Pentagon can move money faster toward new capabilities without hollowing out readiness.

Before joining the Center, she spent eight years as a cost analyst in the Office of the Secretary of Defense and later served as a professional staff member on a House appropriations subcommittee.

She holds a PhD in public policy from the University of Michigan and a bachelor's degree in economics from Carleton College.`,
  },
  {
    slug: 'nadia-farrukh-lowell',
    name: 'Nadia Farrukh-Lowell',
    sortName: 'Farrukh-Lowell, Nadia',
    title: 'Senior Fellow and Director, Middle East Security Program',
    program: 'middle-east-security',
    bio: `Nadia Farrukh-Lowell directs the Middle East Security Program, where her research covers Gulf security, Iran's regional network of partners and proxies, and the growing footprint of China and Russia in the region.

She previously worked as a political officer with the United Nations in Amman and Baghdad and as an analyst covering Yemen for a private risk consultancy.

She speaks Arabic and Farsi and holds a DPhil in international relations from the University of Oxford.`,
  },
  {
    slug: 'callum-ashdown',
    name: 'Callum Ashdown',
    sortName: 'Ashdown, Callum',
    title: 'Senior Fellow, Energy, Economics and Security Program',
    program: 'energy-economics-and-security',
    bio: `Callum Ashdown studies sanctions, export controls and the financial plumbing that makes economic pressure succeed or fail. His current research follows how sanctioned states reroute trade through third countries.

Earlier in his career he worked in sanctions compliance at a global bank and later as a policy adviser on financial crimes in the U.S. Treasury Department.

He holds a law degree from Georgetown University and a master's degree in international economics from Johns Hopkins SAIS.`,
  },
  {
    slug: 'hana-morikawa-drake',
    name: 'Hana Morikawa-Drake',
    sortName: 'Morikawa-Drake, Hana',
    title: 'Fellow, Indo-Pacific Security Program',
    program: 'indo-pacific-security',
    bio: `Hana Morikawa-Drake works on deterrence in the Taiwan Strait, Japan's defense transformation and the military balance in the Western Pacific.

She has run more than two dozen tabletop exercises for government and military audiences and is the author of a forthcoming book on alliance burden-sharing in Asia.

She earned her PhD in political science from Stanford University and was previously a visiting researcher in Tokyo.`,
  },
  {
    slug: 'viktor-sandahl',
    name: 'Viktor Sandahl',
    sortName: 'Sandahl, Viktor',
    title: 'Senior Fellow, Transatlantic Security Program',
    program: 'transatlantic-security',
    bio: `Viktor Sandahl focuses on Nordic and Baltic security, NATO force posture and Europe's defense industry.

A former officer in the Swedish Navy, he later served as a defense attaché and then as an adviser on alliance policy before moving to Washington.

His research looks at how Europe can produce, and pay for, the forces it needs to deter Russia over the long term.`,
  },
  {
    slug: 'adaeze-whitcombe',
    name: 'Adaeze Whitcombe',
    sortName: 'Whitcombe, Adaeze',
    title: 'Senior Fellow, Technology and National Security Program',
    program: 'technology-and-national-security',
    bio: `Adaeze Whitcombe leads research on artificial intelligence safety and security, cyber operations and the governance of dual-use technologies.

She began her career as a software engineer building network defense tools and later served on the staff of a Senate committee overseeing intelligence and cyber matters.

She holds a master's degree in computer science from Carnegie Mellon University and a bachelor's degree from the University of Lagos.`,
  },
  {
    slug: 'graham-ostrowski',
    name: 'Graham Ostrowski',
    sortName: 'Ostrowski, Graham',
    title: 'Senior Fellow, Defense Program',
    program: 'defense',
    bio: `Graham Ostrowski studies nuclear strategy, arms control and the modernization of U.S. strategic forces.

He spent a decade at a national laboratory working on verification technologies before joining the Center, and he has advised several congressional delegations to arms control talks.

His current project examines how deterrence works when three nuclear powers, rather than two, compete for advantage.`,
  },
];

export const articles: SeedArticle[] = [
  // ---------------------------------------------------------------------------
  // The reference piece and the four pieces from its "More from" list.
  // ---------------------------------------------------------------------------
  {
    slug: 'the-resilience-of-sino-russian-high-tech-cooperation',
    title: 'The Resilience of Sino-Russian High-Tech Cooperation',
    type: 'commentary',
    publishedAt: '2020-08-12',
    dek: 'Russian and Chinese technology ties are uneven, transactional and laced with mutual suspicion. They are also sturdier than skeptics assume, and U.S. strategy should account for them.',
    pullQuote:
      'A partnership does not have to be seamless to be dangerous; a handful of well-chosen exchanges can still shift the military balance.',
    body: `Cooperation between Moscow and Beijing in advanced technology is easy to dismiss as ceremony. Summits produce memoranda on artificial intelligence, joint laboratories and satellite navigation, and many of those announcements never mature into working programs. Writing off the relationship on that basis, however, misreads what each side actually wants from it.

For Russia, the partnership offers capital, manufacturing scale and electronic components that Western export controls have made harder to obtain. China, in turn, values Russian expertise in fields such as space systems, underwater acoustics and high-speed aerodynamics, where its own research base is still catching up. Neither government needs a seamless alliance to benefit. A set of transactional exchanges, pursued only where interests overlap, can still deliver meaningful gains.

## Friction behind the handshakes

The relationship is far from frictionless. Russian security services remain wary of Chinese intelligence collection, and espionage cases involving Russian scientists surface periodically even as official ties deepen. Moscow is also conscious of drifting into the role of junior partner, supplying legacy know-how and raw materials while Beijing captures the higher-value parts of the innovation chain. Those anxieties shape which projects advance and which quietly stall.

Shared opposition to American technological leadership nonetheless supplies durable glue. Both governments favor state control over the internet, both invest heavily in military applications of machine learning, and both treat Western sanctions as a reason to build parallel supply chains. Their convergence extends into international standards bodies, where coordinated positions can magnify the influence of each.

For Washington, the practical lesson is to avoid both extremes. Treating the partnership as hollow invites surprise if particular joint efforts succeed; treating it as a unified bloc ignores wedges that careful policy could exploit. Sustained monitoring of research collaborations, export-control coordination with allies and clear-eyed analysis of where Russian and Chinese interests diverge belong at the center of any strategy for long-term competition.`,
    outletName: 'War on the Rocks',
    outletUrl: 'https://warontherocks.com/2020/08/the-resilience-of-sino-russian-high-tech-cooperation/',
    authors: ['samuel-bendett', 'elsa-b-kania'],
    topics: ['russia', 'china', 'military-technology', 'artificial-intelligence', 'great-power-competition'],
    programs: ['technology-and-national-security'],
    // An editors' pick: the home page links to it from "Editors’ picks".
    featured: true,
    pinned: [
      'trumps-crackdown-on-foreign-students-is-a-gift-to-china',
      'trump-humiliated-as-putin-sends-clear-message-that-he-doesnt-care-about-us',
      'the-hidden-past-and-uncertain-future-of-the-us-and-ukraine-with-celeste-wallander',
      'is-russia-under-pressure',
    ],
  },
  {
    slug: 'trumps-crackdown-on-foreign-students-is-a-gift-to-china',
    title: 'Trump’s Crackdown on Foreign Students Is a Gift to China',
    type: 'commentary',
    publishedAt: '2025-06-03',
    dek: 'Washington’s moves to restrict and scrutinize international students put at risk one of America’s quietest strategic advantages: its pull on the world’s most capable young scientists. Every researcher who chooses to study elsewhere is a potential recruit for a rival innovation system, and Beijing is ready to welcome them.',
    body: `For decades, American universities have worked as a talent magnet without any formal strategy behind them. Graduate programs in engineering, computer science and the physical sciences draw heavily on international applicants, and many of those graduates have stayed to found companies, staff laboratories and work on problems central to national defense.

That pipeline runs on predictability. Students weigh years of study and their first career moves against the chance that a visa will be revoked, a lab's grant cancelled or a post-graduation work permit eliminated. When those risks climb sharply, the calculation changes, and the most mobile applicants, who are often the most accomplished, are the first to look at other options.

China has spent years building programs to bring its scientists home and to attract foreign researchers. Its universities have risen in global rankings, and its technology companies pay competitive salaries. A U.S. policy that signals hostility toward international students hands Beijing a recruiting message it could hardly have scripted better on its own.

Concerns about research theft and foreign influence are real and deserve targeted answers: tighter vetting in genuinely sensitive fields, stronger research-security offices on campus and enforcement aimed at actual misconduct. Sweeping measures that treat every foreign student as a suspect impose heavy costs on American competitiveness while doing little to stop a determined intelligence service.`,
    outletName: 'Foreign Policy',
    outletUrl: 'https://foreignpolicy.com/2025/06/03/trump-foreign-students-visas-china-talent-competition/',
    authors: ['jordan-schneider'],
    topics: ['china', 'talent-and-immigration', 'great-power-competition'],
    programs: ['technology-and-national-security'],
  },
  {
    slug: 'trump-humiliated-as-putin-sends-clear-message-that-he-doesnt-care-about-us',
    title: 'Trump ‘Humiliated’ as Putin Sends Clear Message That He Doesn’t Care About US',
    type: 'in-the-news',
    publishedAt: '2025-04-14',
    dek: 'A Russian missile strike on the Ukrainian city of Sumy on Palm Sunday killed dozens of civilians only days after a White House envoy held talks with Vladimir Putin. Jim Townsend spoke with Newsweek about what the timing suggests about the Kremlin’s view of American diplomacy.',
    body: `The April 13 strike hit the center of Sumy, a city near the Russian border, as residents were out for the religious holiday. It came shortly after special envoy Steve Witkoff met with Putin in Russia as part of the administration's push for a ceasefire.

Newsweek's coverage examined what the attack signals about Moscow's intentions and about the leverage Washington actually holds. Townsend's comments centered on how the Kremlin reads American resolve and on the political cost to the White House of a diplomatic track that has yet to change Russian behavior on the ground.

The episode fits a broader pattern. Moscow has repeatedly paired talk of negotiations with intensified attacks, testing whether outside powers will respond with pressure or with further concessions. How Washington answers that test will shape not only the war in Ukraine but also the credibility of U.S. commitments in Europe more broadly.`,
    outletName: 'Newsweek',
    outletUrl: 'https://www.newsweek.com/trump-putin-sumy-strike-witkoff-message-2059714',
    authors: ['jim-townsend'],
    topics: ['russia', 'ukraine'],
    programs: ['transatlantic-security'],
  },
  {
    slug: 'the-hidden-past-and-uncertain-future-of-the-us-and-ukraine-with-celeste-wallander',
    title: 'The Hidden Past and Uncertain Future of the U.S. and Ukraine with Celeste Wallander',
    type: 'podcast',
    publishedAt: '2025-04-02',
    dek: 'Andrea Kendall-Taylor and Jim Townsend are joined by Celeste Wallander for a conversation about three decades of American policy toward Ukraine, from the end of the Cold War to the full-scale invasion. They also look ahead to a period in which U.S. backing can no longer be taken for granted and European partners face pressure to fill the gaps.',
    body: `Much of the public debate about Ukraine treats American involvement as a story that began in February 2022. This episode steps further back, tracing the security relationship between Washington and Kyiv through the decades before the invasion and asking which lessons from that history still apply.

The conversation then turns to the present. The brief suspension of U.S. military aid and intelligence sharing in March 2025 exposed how much Ukraine's defense depends on capabilities that only the United States currently provides, and it raised hard questions for European capitals about what they can replace and how quickly.

Topics covered in this episode include:

- how security cooperation between the United States and Ukraine developed after 1991
- what the March 2025 pause revealed about dependencies on the battlefield
- the capabilities Europe could realistically take over in the near term
- what a durable settlement would require from Kyiv's partners

The discussion closes with a look at the choices facing policymakers on both sides of the Atlantic as they weigh long-term support against shifting political priorities in Washington.`,
    authors: ['andrea-kendall-taylor', 'jim-townsend', 'celeste-wallander'],
    topics: ['ukraine', 'russia', 'europe'],
    programs: ['transatlantic-security'],
  },
  {
    slug: 'is-russia-under-pressure',
    title: 'Is Russia Under Pressure?',
    type: 'podcast',
    publishedAt: '2025-03-20',
    dek: 'Western sanctions and battlefield losses have imposed real costs on Russia, yet the Kremlin keeps funding its war and reshaping the economy around it. Jeffrey Edmonds examines which pressures genuinely constrain Moscow, which are overstated, and how that balance should inform Western leverage in any negotiation.',
    body: `Assessments of Russia's staying power tend to swing between two poles. One camp points to high interest rates, labor shortages and a budget increasingly devoted to the military as signs of an economy near its breaking point. The other notes that Moscow has adapted to every round of sanctions so far and can sustain high casualties with limited domestic backlash.

This episode works through the evidence on both sides. Energy revenue, the defense-industrial surge, inflation and the health of the civilian economy each tell part of the story, and none on its own settles the question of how long the Kremlin can keep fighting at its current tempo.

The conversation also considers what the answer means for diplomacy. If Western governments overestimate the strain on Russia, they may hold out for concessions Moscow will never make; if they underestimate it, they may give away leverage they did not know they had.

Listeners will come away with a framework for judging new economic data as it arrives, and with a clearer sense of which indicators actually matter to decision-makers in the Kremlin.`,
    authors: ['jeffrey-edmonds'],
    topics: ['russia', 'sanctions', 'ukraine'],
    programs: ['transatlantic-security', 'middle-east-security'],
  },

  // ---------------------------------------------------------------------------
  // Fictional pieces (titles invented for the demo), oldest first.
  // ---------------------------------------------------------------------------
  {
    slug: 'beyond-the-budget-control-act-restoring-predictability-to-defense-spending',
    title: 'Beyond the Budget Control Act: Restoring Predictability to Defense Spending',
    type: 'report',
    publishedAt: '2016-05-17',
    dek: 'Years of spending caps, stopgap funding and shutdown threats have cost the Pentagon more than money. This report proposes a budgeting framework that trades some short-term flexibility for the stability long-range programs require.',
    body: `Few problems in American defense policy are as self-inflicted as budget instability. Since 2011, the Department of Defense has begun nearly every fiscal year under a continuing resolution, planned around spending caps that Congress later raised, and prepared at least once for a sequester that would have cut accounts across the board regardless of priority.

The direct costs are visible enough. Programs cannot start new work under a continuing resolution, contracts slip, and money that arrives late in the year must be spent in a hurry. Less visible, but more damaging, is the effect on planning. Program managers hedge against the worst case, industry hesitates to invest in capacity, and the services protect legacy systems with reliable constituencies at the expense of newer, riskier bets.

## What instability actually costs

Our analysis of procurement data from fiscal years 2011 through 2015 finds that programs exposed to extended continuing resolutions experienced schedule delays averaging four months, with unit cost growth concentrated in shipbuilding and aircraft. Maintenance backlogs grew fastest in the years when funding arrived latest, suggesting that readiness bears a disproportionate share of the burden.

Those figures understate the problem, because they cannot capture the programs that were never proposed. Interviews with acquisition officials repeatedly described a culture in which new starts are avoided because no one can be sure the money will exist when it is needed.

## A framework for predictability

We recommend three changes, each achievable without a grand fiscal bargain:

1. **Two-year topline agreements** negotiated alongside the budget resolution, so that the department plans against a number both parties have endorsed.
2. **Automatic new-start authority** under continuing resolutions for programs already authorized in the prior year's defense bill.
3. **A modest reprogramming reserve**, capped at a fixed share of the budget, that allows the department to shift funds toward urgent needs without waiting for a supplemental.

None of these proposals removes congressional control over spending. Each shifts the default from paralysis toward continuity, which is the condition long-term investment demands.

> Predictable budgets will not make hard choices easier, but they make it possible to carry those choices out.

Budget reform is unglamorous, and it rarely features in debates about strategy. Yet no strategy survives contact with an appropriations process that cannot deliver money on time. Restoring predictability is the precondition for nearly every other reform the department hopes to pursue.`,
    authors: ['priya-halvorsen', 'graham-ostrowski'],
    topics: ['defense-budget'],
    programs: ['defense'],
  },
  {
    slug: 'why-natos-eastern-flank-needs-more-than-tripwires',
    title: 'Why NATO’s Eastern Flank Needs More Than Tripwires',
    type: 'commentary',
    publishedAt: '2016-10-04',
    dek: 'The battalions NATO agreed to station in the Baltic states and Poland send an important political signal. Without faster reinforcement and stronger air defenses behind them, however, they may not deter a Kremlin willing to gamble on speed.',
    body: `The alliance's decision at Warsaw to rotate multinational battalions through Estonia, Latvia, Lithuania and Poland marked a real shift. For the first time since the end of the Cold War, allied combat forces will be present on the territory of members that border Russia, and Moscow can no longer assume an attack would involve only the defenders' own troops.

Tripwire forces work, however, only if the wire connects to something. A battalion of roughly a thousand soldiers cannot hold ground against a determined offensive; its purpose is to guarantee that reinforcements follow. If those reinforcements need weeks to arrive, a Russian planner might conclude that a quick fait accompli is worth the risk.

## Closing the gap

Three steps would make the forward presence more credible. First, NATO should pre-position heavy equipment close enough to the Baltic region that arriving troops can fall in on it within days. Second, allies need to remove the legal and logistical barriers that slow military movement across European borders, from bridge weight limits to customs paperwork. Third, the region's air and missile defenses must be strengthened so that reinforcements are not shut out by long-range fires.

None of these steps is cheap, and each requires coordination among governments with different threat perceptions. The alternative, though, is a posture that looks reassuring in peacetime and proves brittle in a crisis. Deterrence on the eastern flank should rest on the ability to fight, not merely on the promise to show up.`,
    authors: ['viktor-sandahl', 'jim-townsend'],
    topics: ['europe', 'russia', 'great-power-competition'],
    programs: ['transatlantic-security'],
  },
  {
    slug: 'arms-control-after-new-start-options-before-the-clock-runs-out',
    title: 'Arms Control After New START: Options Before the Clock Runs Out',
    type: 'article',
    publishedAt: '2017-02-21',
    dek: 'The last treaty limiting U.S. and Russian strategic forces expires in 2021 unless the two sides extend it. Washington should weigh its options now, while it still has time to shape what follows.',
    body: `New START caps deployed strategic warheads and launchers and, just as importantly, gives each side a window into the other's forces through data exchanges and on-site inspections. Its expiration would leave the two largest nuclear arsenals unconstrained for the first time in decades.

Several paths are available. The simplest is a five-year extension, which the treaty permits without renegotiation. A more ambitious option would pursue a follow-on agreement that covers weapons the current treaty omits, such as nonstrategic warheads and novel delivery systems Moscow has begun to advertise. A third approach would abandon formal limits in favor of reciprocal transparency measures.

## Weighing the trade-offs

Extension preserves verification at little cost but does nothing about the categories of weapons that worry planners most. A broader treaty would address those concerns but could take years to negotiate, and the window before 2021 is short. Political commitments are flexible but lack the durability and legal force of ratified agreements.

The most prudent course is to extend the existing treaty while opening talks on a broader framework. Extension buys time and keeps inspectors on the ground; parallel negotiations signal that Washington intends to address the gaps rather than merely preserve the status quo. Letting the treaty lapse without a plan would trade hard-won insight into Russian forces for nothing in return.`,
    authors: ['graham-ostrowski'],
    topics: ['arms-control', 'nuclear-deterrence', 'russia'],
    programs: ['defense'],
  },
  {
    slug: 'russian-cyber-operations-and-the-defense-of-democratic-institutions',
    title: 'Russian Cyber Operations and the Defense of Democratic Institutions',
    type: 'testimony',
    publishedAt: '2017-09-12',
    dek: 'Testimony before a House subcommittee on the tactics Russian intelligence services use to target elections and public institutions, and on the steps Congress can take to harden them.',
    body: `Chairman, Ranking Member and members of the subcommittee, thank you for the opportunity to testify on the threat that Russian cyber operations pose to democratic institutions in the United States and among our allies.

Russian intelligence services have developed a playbook that combines intrusions into computer networks with the selective release of stolen material and the amplification of divisive narratives online. The technical side of these operations is often unremarkable; their power lies in pairing ordinary hacking with a deep understanding of how information spreads in open societies.

## Where defenses fall short

State and local election offices, political campaigns and civil-society organizations are among the most exposed targets, and they are also among the least resourced. Many lack dedicated security staff, rely on outdated systems and receive threat information too late to act on it. Federal support exists but remains fragmented across agencies.

## Recommendations

I would urge the subcommittee to consider the following:

- sustained grant funding for state election security, tied to baseline standards such as auditable paper records
- a single federal point of contact for campaigns and election officials seeking threat information
- clear declaratory policy on the consequences for foreign interference, so that adversaries understand the costs in advance

Thank you again for the opportunity to appear today. I look forward to your questions.`,
    authors: ['adaeze-whitcombe'],
    topics: ['cyber', 'russia'],
    programs: ['technology-and-national-security'],
  },
  {
    slug: 'sanctions-that-bite-lessons-from-iran-for-pressure-on-moscow',
    title: 'Sanctions That Bite: Lessons From Iran for Pressure on Moscow',
    type: 'podcast',
    publishedAt: '2018-01-30',
    dek: 'Callum Ashdown and Nadia Farrukh-Lowell compare the sanctions campaign that brought Iran to the negotiating table with the far more limited measures imposed on Russia, and ask what would make pressure on Moscow more effective.',
    body: `Sanctions against Iran between 2010 and 2015 are often cited as a model of economic pressure that produced a diplomatic result. Russia presents a very different target: a larger, more integrated economy with deep ties to European energy markets and a leadership that frames Western pressure as proof of hostile intent.

In this episode, our guests walk through what made the Iran campaign work, including multilateral buy-in, secondary sanctions on foreign banks and a clear diplomatic off-ramp. They then consider which of those elements could be applied to Russia and which depend on circumstances that do not exist in the Russian case.

The discussion also addresses the costs to U.S. partners. European governments bear much of the economic burden of sanctions on Russia, and their willingness to sustain those costs depends on whether the measures appear to be working.

Listeners will hear a frank assessment of the limits of economic statecraft and a set of ideas for making future measures more targeted and more durable.`,
    authors: ['callum-ashdown', 'nadia-farrukh-lowell'],
    topics: ['sanctions', 'middle-east', 'russia'],
    programs: ['energy-economics-and-security', 'middle-east-security'],
  },
  {
    slug: 'the-algorithmic-arms-race-is-a-talent-race',
    title: 'The Algorithmic Arms Race Is a Talent Race',
    type: 'commentary',
    publishedAt: '2018-06-19',
    dek: 'Computing power and data matter, but the decisive input to military artificial intelligence is people. The country that trains, attracts and keeps the best researchers will set the pace.',
    body: `Discussions of competition in artificial intelligence tend to fixate on hardware and data. Both are important. Yet the scarcest resource in the field is the small community of researchers and engineers capable of turning advances in machine learning into systems that work reliably outside the lab.

The United States still leads in attracting that talent, largely because its universities and technology companies draw students from around the world. China is working hard to close the gap, expanding domestic doctoral programs and offering generous packages to researchers who return from abroad.

## Policy that matches the stakes

Washington's approach to talent has not kept pace with its rhetoric about technological competition. Visa caps designed decades ago limit the ability of graduates to stay, and defense agencies struggle to hire specialists who can earn several times a government salary in industry.

Fixing this does not require a single sweeping reform. Expanding green cards for advanced-degree graduates in critical fields, creating faster hiring authorities for technical experts in government and funding fellowships that bring researchers into national security work for a few years at a time would each make a measurable difference. Taken together, they would signal that the United States understands where its advantage actually lies.`,
    authors: ['adaeze-whitcombe', 'jordan-schneider'],
    topics: ['artificial-intelligence', 'talent-and-immigration', 'china'],
    programs: ['technology-and-national-security'],
  },
  {
    slug: 'deterrence-by-denial-in-the-western-pacific',
    title: 'Deterrence by Denial in the Western Pacific',
    type: 'report',
    publishedAt: '2018-11-07',
    dek: 'China’s growing missile and naval forces have eroded the assumptions behind U.S. military planning in Asia. This report outlines a posture designed to convince Beijing that aggression against its neighbors would fail at the outset.',
    body: `For most of the post–Cold War period, American military planning in the Western Pacific rested on the assumption that U.S. forces could reach a crisis quickly, operate from secure bases and establish control of the air and sea within days. The People's Liberation Army has spent two decades building capabilities designed to invalidate each of those assumptions.

Land-based missiles can now hold at risk airfields and ports across the first island chain. A growing fleet of modern warships and submarines complicates the movement of U.S. naval forces, and investments in space and cyber capabilities target the networks that American commanders rely on to see and communicate. The result is a theater in which the United States can no longer count on winning a long war of attrition after an initial setback.

## From punishment to denial

Deterrence can work by threatening costs after an attack or by persuading an adversary that the attack itself will not succeed. Against a capable, risk-tolerant opponent focused on a quick victory, denial offers the stronger foundation. A posture built on denial aims to blunt an invasion or blockade in its first days, before a fait accompli can take hold.

## Elements of a denial posture

We identify four priorities:

1. **Distributed basing.** Spreading aircraft and logistics across more locations, including austere airfields and allied facilities, complicates Chinese targeting and improves survivability.
2. **Long-range precision fires.** Anti-ship missiles launched from aircraft, submarines and ground units can threaten an invasion fleet without requiring U.S. forces to operate close to the Chinese coast.
3. **Resilient networks.** Redundant communications, including commercial satellites and line-of-sight links, reduce the payoff of attacks on command and control.
4. **Allied capabilities.** Japan, Australia and Taiwan can each field systems that complement American forces and multiply the problems facing Chinese planners.

## Costs and trade-offs

A denial posture will require shifting resources away from some platforms that have long defined American power projection, including large, concentrated bases and short-range aircraft. Those shifts will be contested inside the services and in Congress. Our analysis suggests, however, that a modest rebalancing of procurement over a decade could substantially raise the cost of aggression without large increases in the overall budget.

## Conclusion

The military balance in the Western Pacific is shifting, but it has not yet tipped. Decisions made in the next few budget cycles will determine whether Washington and its partners can still deter by denial in the 2020s or find themselves relying on threats of escalation that are less credible and far more dangerous.`,
    authors: ['hana-morikawa-drake', 'priya-halvorsen', 'graham-ostrowski'],
    topics: ['indo-pacific', 'china', 'military-technology'],
    programs: ['indo-pacific-security', 'defense'],
  },
  {
    slug: 'gulf-states-weigh-chinese-surveillance-technology-despite-us-warnings',
    title: 'Gulf States Weigh Chinese Surveillance Technology Despite U.S. Warnings',
    type: 'in-the-news',
    publishedAt: '2019-03-26',
    dek: 'Nadia Farrukh-Lowell spoke with The Hill about why Gulf governments are turning to Chinese firms for telecommunications and surveillance systems, and what the trend means for U.S. military cooperation in the region.',
    body: `Several Gulf states are negotiating contracts with Chinese suppliers for 5G networks, smart-city platforms and camera systems. American officials have warned that such equipment could expose sensitive communications, including those tied to U.S. forces based in the region.

Farrukh-Lowell told The Hill that price and speed are only part of the appeal. Chinese vendors often bundle financing and training, and they attach few conditions related to privacy or human rights. For governments focused on internal security, that combination is difficult for Western competitors to match.

She cautioned that blanket warnings from Washington are unlikely to change many decisions on their own. A more effective approach, in her view, would pair specific evidence about security risks with credible alternatives from American and allied companies, along with clarity about which kinds of military cooperation would be affected.`,
    outletName: 'The Hill',
    outletUrl: 'https://thehill.com/policy/international/435912-gulf-states-weigh-chinese-surveillance-technology-despite-us-warnings/',
    authors: ['nadia-farrukh-lowell'],
    topics: ['middle-east', 'china', 'cyber'],
    programs: ['middle-east-security'],
  },
  {
    slug: 'what-russias-drone-experiments-in-syria-reveal',
    title: 'What Russia’s Drone Experiments in Syria Reveal',
    type: 'article',
    publishedAt: '2019-08-13',
    dek: 'Syria has served as a proving ground for Russian unmanned systems. The lessons Moscow is drawing point to a military that intends to make drones central to how it finds and strikes targets.',
    body: `Russia's intervention in Syria gave its armed forces something peacetime exercises cannot: years of operational experience in a real conflict. Unmanned aerial vehicles have been among the chief beneficiaries of that experience, moving from niche reconnaissance tools toward a central role in targeting.

Russian units have used small and medium drones to spot for artillery and airstrikes, shortening the time between locating a target and hitting it. Commanders have also faced attacks by improvised drones on their own bases, an experience that has spurred investment in electronic warfare and short-range air defense.

## From observation to integration

The most significant shift is organizational rather than technical. Russian military writing increasingly describes drones as part of an integrated reconnaissance-strike system, with sensors, communications and weapons linked so that information flows directly to the units that can act on it. Syria offered a low-risk environment in which to test that concept.

Western planners should watch how these lessons migrate into Russian doctrine and procurement. A force that has practiced fusing drone surveillance with massed fires in one theater is likely to attempt the same approach elsewhere, and to do so against opponents far better equipped than the groups it faced in Syria.`,
    authors: ['samuel-bendett'],
    topics: ['russia', 'military-technology', 'middle-east'],
    programs: ['technology-and-national-security', 'middle-east-security'],
  },
  {
    slug: 'new-task-force-to-examine-artificial-intelligence-and-strategic-stability',
    title: 'New Task Force to Examine Artificial Intelligence and Strategic Stability',
    type: 'press-release',
    publishedAt: '2019-12-03',
    dek: 'The Center is convening a bipartisan task force of former officials, technologists and military leaders to study how artificial intelligence could affect crisis stability among nuclear-armed states.',
    body: `WASHINGTON — The Center today announced the launch of a task force on artificial intelligence and strategic stability, bringing together former senior officials, retired military officers, researchers and industry leaders.

Over the next eighteen months, the group will examine how machine learning might change early warning, intelligence analysis and command and control, and whether those changes could make crises between nuclear-armed states more or less dangerous. Its work will culminate in a public report with recommendations for the executive branch, Congress and international partners.

Adaeze Whitcombe, senior fellow in the Technology and National Security Program, will serve as project director. "Decisions about how these tools are integrated into sensitive military systems are being made now," Whitcombe said. "We want to make sure stability is part of that conversation from the start."

The task force is supported by a grant from a private foundation. Further information about its members and meeting schedule will be published on the Center's website.`,
    authors: ['adaeze-whitcombe'],
    topics: ['artificial-intelligence', 'nuclear-deterrence'],
    programs: ['technology-and-national-security'],
  },
  {
    slug: 'the-pandemic-is-a-stress-test-for-the-defense-industrial-base',
    title: 'The Pandemic Is a Stress Test for the Defense Industrial Base',
    type: 'commentary',
    publishedAt: '2020-04-22',
    dek: 'Factory closures and supply disruptions have revealed how thin the margins are in America’s defense supply chains. The response should outlast the emergency.',
    body: `The shutdowns of early 2020 have done in weeks what years of studies could not: demonstrate, in plain terms, how fragile the supply chains behind American weapons systems have become. Small suppliers of specialized parts, often the sole source for a critical component, have been forced to idle production lines with little cash to ride out the disruption.

The Pentagon has moved quickly to accelerate payments to contractors and to designate defense manufacturing as essential work. Those steps are sensible, but they address liquidity rather than structure. Many lower-tier suppliers were already financially precarious, and some depend on inputs sourced from a single foreign country.

## Lasting fixes

The department should use this moment to map its supply chains below the prime contractor level, something it has historically struggled to do. Where single points of failure exist, targeted investments in second sources, stockpiles of critical materials or domestic production capacity can provide insurance at modest cost.

Congress has a role as well. Multi-year procurement authority, which gives suppliers confidence to invest, should be extended to more programs with stable requirements. The lesson of the pandemic is not that every part must be made at home, but that resilience has a value that the lowest-bid system has consistently failed to price.`,
    outletName: 'Defense One',
    outletUrl: 'https://www.defenseone.com/ideas/2020/04/pandemic-stress-test-defense-industrial-base/164812/',
    authors: ['priya-halvorsen', 'callum-ashdown'],
    topics: ['defense-budget', 'military-technology'],
    programs: ['defense', 'energy-economics-and-security'],
  },
  {
    slug: 'decoding-beijings-military-civil-fusion',
    title: 'Decoding Beijing’s Military-Civil Fusion',
    type: 'podcast',
    publishedAt: '2020-10-20',
    dek: 'What does China’s strategy of military-civil fusion mean in practice, and how much does it matter for U.S. export controls and research security? Elsa B. Kania and Hana Morikawa-Drake discuss the policy and its limits.',
    body: `Military-civil fusion has become a fixture of American policy debates about China, invoked to justify restrictions on everything from university partnerships to technology exports. The term itself, however, is often used loosely, and the reality inside China is messier than the slogan suggests.

This episode looks at the origins of the strategy, the institutions charged with carrying it out and the sectors where it has made the most progress. It also considers where implementation has stalled, including persistent barriers between state-owned defense conglomerates and private technology firms.

The conversation then turns to implications for Washington. Policies that treat every Chinese company or researcher as an arm of the military risk overreach, while policies that ignore the strategy altogether risk feeding sensitive technology into the People's Liberation Army. Finding the right balance requires a clearer understanding of how fusion actually works.`,
    authors: ['elsa-b-kania', 'hana-morikawa-drake'],
    topics: ['china', 'military-technology', 'artificial-intelligence'],
    programs: ['technology-and-national-security', 'indo-pacific-security'],
  },
  {
    slug: 'a-transatlantic-agenda-for-export-controls',
    title: 'A Transatlantic Agenda for Export Controls',
    type: 'article',
    publishedAt: '2021-02-09',
    dek: 'Unilateral U.S. export controls on advanced technology leak when allies do not follow suit. A new administration has an opening to build a common approach with Europe.',
    body: `Over the past several years, Washington has increasingly relied on export controls to slow China's access to advanced semiconductors, manufacturing tools and other sensitive technologies. Many of those measures have been imposed unilaterally, leaving European and Asian suppliers free to fill the gaps and frustrating partners who were not consulted.

A more durable approach would treat export controls as a coalition effort. The European Union has strengthened its own dual-use regulations and is considering tools to screen outbound investment. Key equipment makers in the Netherlands and Germany hold positions in the supply chain that no American firm can replace.

## Building blocks for cooperation

Several steps could lay the foundation for a joint agenda:

- a standing transatlantic forum on technology controls, with regular exchanges of licensing data and enforcement information
- agreement on a short list of technologies where controls would have the greatest effect, rather than sweeping restrictions
- coordinated outreach to third countries that serve as transshipment points

Europe and the United States will not agree on every item. Their economic interests differ, and European governments are wary of being drawn into a strategy defined entirely in Washington. Even partial alignment, however, would make controls far more effective than measures pursued alone, and would give both sides a stronger hand in shaping global technology rules.`,
    authors: ['callum-ashdown', 'viktor-sandahl', 'adaeze-whitcombe'],
    topics: ['sanctions', 'europe', 'china'],
    programs: ['energy-economics-and-security', 'transatlantic-security'],
  },
  {
    slug: 'sustaining-nuclear-modernization-within-a-constrained-budget',
    title: 'Sustaining Nuclear Modernization Within a Constrained Budget',
    type: 'testimony',
    publishedAt: '2021-06-15',
    dek: 'Testimony before the Senate Armed Services Subcommittee on Strategic Forces on the cost, schedule and priorities of replacing the U.S. nuclear triad.',
    body: `Chairman, Ranking Member and members of the subcommittee, I appreciate the invitation to discuss the modernization of U.S. nuclear forces and the budget pressures that will shape it over the coming decade.

Nearly every element of the triad is reaching the end of its service life at roughly the same time. Replacement programs for intercontinental ballistic missiles, ballistic missile submarines, bombers, cruise missiles and the command-and-control networks that link them will all require peak funding in the late 2020s, alongside investments in the production complex that builds and maintains warheads.

## Managing the bow wave

At its height, modernization is projected to consume a larger share of the defense budget than at any point since the 1980s. That share is affordable if it is planned for, but it will compete directly with conventional priorities in the Indo-Pacific and Europe. The risk is not that the nation cannot pay for modernization, but that delays and cost overruns in one program cascade into others.

## Recommendations

I would offer three recommendations to the subcommittee:

1. Protect the submarine program as the highest priority, given its role as the most survivable leg of the triad.
2. Require independent cost estimates at each major milestone for the land-based missile replacement, with clear reporting to Congress.
3. Fund the warhead production complex on a stable, multi-year basis, since it is the longest-lead element and the hardest to accelerate once delayed.

Thank you. I look forward to the subcommittee's questions.`,
    authors: ['graham-ostrowski'],
    topics: ['nuclear-deterrence', 'defense-budget'],
    programs: ['defense'],
  },
  {
    slug: 'russias-troop-buildup-is-a-test-europe-cannot-afford-to-fail',
    title: 'Russia’s Troop Buildup Is a Test Europe Cannot Afford to Fail',
    type: 'commentary',
    publishedAt: '2021-11-30',
    dek: 'Moscow’s growing concentration of forces near Ukraine is a test of European resolve as much as American. Allies should agree now on the costs Russia will face if it moves.',
    body: `The accumulation of Russian forces near Ukraine's borders this autumn has moved beyond the scale of a routine exercise. Whatever the Kremlin's final intentions, the buildup is already serving a purpose: probing whether the United States and Europe can agree on a response before a crisis forces their hand.

European unity cannot be taken for granted. Governments differ on energy dependence, on the value of dialogue with Moscow and on how much risk they are willing to accept. The Kremlin understands those divisions well and has long sought to exploit them through selective outreach to individual capitals.

## Deciding in advance

The most useful step allies can take is to settle, privately and in detail, on the economic and military measures that would follow further aggression. Agreeing on sanctions packages, arms deliveries and reinforcements to NATO's eastern members before they are needed removes the Kremlin's hope that a divided response will buy it time.

Clarity has a deterrent value of its own. A Europe that can show Moscow exactly what it stands to lose is more likely to influence the decision than one that promises consequences it has not yet defined.`,
    authors: ['andrea-kendall-taylor', 'jim-townsend'],
    topics: ['russia', 'ukraine', 'europe'],
    programs: ['transatlantic-security'],
  },
  {
    slug: 'western-sanctions-cut-russia-off-from-global-finance-will-it-change-putins-calculus',
    title: 'Western Sanctions Cut Russia Off From Global Finance. Will It Change Putin’s Calculus?',
    type: 'in-the-news',
    publishedAt: '2022-03-08',
    dek: 'Callum Ashdown and Viktor Sandahl spoke with Politico about the freezing of Russia’s central bank reserves and the removal of major Russian banks from SWIFT, and about the limits of financial pressure on a leader at war.',
    body: `Within days of Russia's full-scale invasion of Ukraine, the United States, the European Union and other partners imposed measures that would have been unthinkable a month earlier, including restrictions on the Russian central bank and the exclusion of several large banks from the SWIFT messaging system.

Ashdown told Politico that the speed and scope of the response caught Moscow off guard. The Kremlin had built a large reserve cushion precisely to withstand sanctions, and a significant portion of it is now out of reach. He cautioned, however, that energy exports remain largely untouched and continue to supply hard currency.

Sandahl emphasized the political dimension. European unity has been stronger than many observers expected, he noted, but sustaining it will become harder as energy prices rise and the costs of the measures land on households and industry. The durability of the coalition, in his view, matters as much as the initial severity of the sanctions.`,
    outletName: 'Politico',
    outletUrl: 'https://www.politico.com/news/2022/03/08/western-sanctions-russia-global-finance-putin-00015214',
    authors: ['callum-ashdown', 'viktor-sandahl'],
    topics: ['sanctions', 'russia', 'ukraine'],
    programs: ['energy-economics-and-security', 'transatlantic-security'],
  },
  {
    slug: 'drones-over-the-donbas-early-lessons-from-ukraines-battlefield',
    title: 'Drones Over the Donbas: Early Lessons From Ukraine’s Battlefield',
    type: 'report',
    publishedAt: '2022-07-26',
    dek: 'Five months of full-scale war have turned Ukraine into the largest testing ground for unmanned systems the world has seen. This report draws early lessons for the U.S. military and its allies.',
    body: `Unmanned aerial systems have been present in every major conflict of the past two decades, but never on the scale now visible in Ukraine. Both sides are flying thousands of drones, from military-grade platforms to commercial quadcopters modified in workshops, and both are racing to counter the other's systems.

This report draws on open-source reporting, published accounts from both militaries and interviews with analysts who follow the conflict closely. It focuses on lessons that are likely to hold beyond this particular war.

## Lesson one: quantity has a quality of its own

Inexpensive commercial drones have proven valuable because they are numerous and expendable. Units accept losses of dozens of aircraft per week because replacements cost little. Western militaries, by contrast, have invested in small numbers of exquisite platforms that commanders are reluctant to risk.

## Lesson two: electronic warfare shapes everything

Jamming and spoofing account for a large share of drone losses on both sides. Systems that depend on uninterrupted satellite navigation or data links are especially vulnerable. The ability to operate under heavy electronic attack, or to adapt quickly when a frequency is compromised, is emerging as a defining requirement.

## Lesson three: the sensor-to-shooter loop has collapsed

Drones spotting for artillery have shortened the time between detection and strike to minutes. Any force that masses in the open, or remains in one position for long, risks rapid destruction. That reality affects everything from headquarters design to logistics.

## Lesson four: adaptation speed is a capability

Ukrainian and Russian units are modifying tactics and hardware on cycles measured in weeks. Software updates, new payloads and improvised countermeasures appear faster than traditional acquisition systems can respond. Militaries that cannot learn at that speed will find their equipment obsolete before it is fielded.

## Recommendations

For American and allied militaries, we recommend:

- buying large numbers of low-cost, attritable drones alongside more capable systems
- investing in resilient navigation and communications that can function under jamming
- creating rapid-fielding pathways that allow units to test and adopt new systems within months
- training forces to operate under persistent aerial observation

The war is far from over, and some of these lessons may shift as both sides adapt. The direction of travel, however, is already clear. Unmanned systems are no longer a supplement to traditional forces; they are changing what those forces must be able to do.`,
    authors: ['samuel-bendett', 'priya-halvorsen', 'viktor-sandahl', 'adaeze-whitcombe'],
    topics: ['ukraine', 'military-technology', 'russia'],
    programs: ['technology-and-national-security', 'defense'],
  },
  {
    slug: 'energy-as-a-weapon-europes-winter-without-russian-gas',
    title: 'Energy as a Weapon: Europe’s Winter Without Russian Gas',
    type: 'podcast',
    publishedAt: '2022-12-13',
    dek: 'As Europe heads into its first winter largely without Russian pipeline gas, Callum Ashdown and Viktor Sandahl assess how the continent adapted, what it cost and whether Moscow’s energy leverage has been broken for good.',
    body: `A year ago, many analysts doubted that Europe could survive a winter without substantial Russian gas deliveries. Storage levels were low, alternative supplies were limited and political unity on energy was fragile. Today, storage sites are largely full and several countries have cut their dependence on Russia far faster than planned.

This episode examines how that happened, from emergency purchases of liquefied natural gas to demand reductions by industry and households. The conversation also considers the price Europe has paid, including the strain on energy-intensive industries and the fiscal cost of shielding consumers from higher bills.

The guests close with a look ahead. Russia's ability to use energy as a tool of coercion against Europe has diminished sharply, but the transition has created new dependencies on other suppliers and on global markets that remain volatile.`,
    authors: ['callum-ashdown', 'viktor-sandahl'],
    topics: ['europe', 'russia', 'sanctions'],
    programs: ['energy-economics-and-security', 'transatlantic-security'],
  },
  {
    slug: 'taiwans-porcupine-strategy-needs-a-budget-to-match',
    title: 'Taiwan’s Porcupine Strategy Needs a Budget to Match',
    type: 'article',
    publishedAt: '2023-04-18',
    dek: 'Taipei has embraced the logic of asymmetric defense in principle. Turning it into real capability will require spending choices that both Taiwan and the United States have so far avoided.',
    body: `The idea behind Taiwan's so-called porcupine strategy is simple: rather than trying to match China's military ship for ship, the island should field large numbers of mobile, survivable and relatively inexpensive weapons that make an invasion prohibitively costly. Officials in Taipei and Washington now endorse the concept.

Budgets tell a more complicated story. A significant share of Taiwan's defense spending still goes to high-profile platforms such as fighter jets and large surface ships, which are valuable for peacetime patrols but vulnerable in the opening hours of a conflict. Meanwhile, deliveries of American weapons already purchased face years-long backlogs.

## Aligning money with strategy

Three steps would help close the gap. Taipei should shift a larger portion of its procurement toward coastal defense missiles, naval mines, portable air defense and drones. Washington should prioritize clearing the arms-sales backlog, including by producing more of the systems Taiwan needs. And both should invest in the less visible enablers of resilience, from hardened communications to stockpiles of fuel and munitions.

None of these changes is cost-free. Each involves turning away from programs that have domestic constituencies and symbolic weight. But deterrence depends on what Beijing believes Taiwan can actually do in a crisis, not on the strategy documents either government publishes.`,
    outletName: 'Foreign Affairs',
    outletUrl: 'https://www.foreignaffairs.com/taiwan/taiwans-porcupine-strategy-needs-budget-match',
    authors: ['hana-morikawa-drake', 'priya-halvorsen'],
    topics: ['indo-pacific', 'china', 'defense-budget'],
    programs: ['indo-pacific-security', 'defense'],
  },
  {
    slug: 'chip-controls-alone-will-not-slow-chinas-ai-ambitions',
    title: 'Chip Controls Alone Will Not Slow China’s AI Ambitions',
    type: 'commentary',
    publishedAt: '2023-09-05',
    dek: 'Restrictions on advanced semiconductors have imposed real costs on Chinese AI developers. Without parallel efforts on talent, cloud access and allied enforcement, their effect will fade.',
    body: `Washington's restrictions on exports of advanced chips and chipmaking equipment to China represent the most ambitious use of technology controls in decades. Early evidence suggests they are biting: Chinese developers report shortages of high-end accelerators, and domestic alternatives lag behind the leading edge.

Controls on hardware, however, address only one input to artificial intelligence. Chinese firms can rent computing capacity from cloud providers abroad, recruit engineers trained in the West and, in some cases, acquire restricted chips through intermediaries in third countries. Each pathway weakens the effect of the original controls.

## Closing the gaps

A more complete strategy would address these channels directly. Clearer rules on remote access to advanced computing, better tracking of chip shipments and closer coordination with allied governments on enforcement would all help. So would investment at home, since the most lasting advantage comes from running faster rather than only slowing rivals down.

Controls are a tool, not a strategy. Used alongside talent policy, research investment and alliance coordination, they can buy valuable time. Used alone, they risk spurring Chinese self-sufficiency while delivering only a temporary lead.`,
    authors: ['jordan-schneider', 'adaeze-whitcombe'],
    topics: ['china', 'artificial-intelligence', 'sanctions'],
    programs: ['technology-and-national-security', 'energy-economics-and-security'],
  },
  {
    slug: 'nadia-farrukh-lowell-named-director-of-the-middle-east-security-program',
    title: 'Nadia Farrukh-Lowell Named Director of the Middle East Security Program',
    type: 'press-release',
    publishedAt: '2024-01-23',
    dek: 'The Center announced today that Senior Fellow Nadia Farrukh-Lowell will lead its Middle East Security Program, effective February 1.',
    body: `WASHINGTON — The Center today announced that Nadia Farrukh-Lowell has been named director of its Middle East Security Program. She succeeds the program's founding director, who will remain affiliated with the Center as a nonresident fellow.

Since joining the Center, Farrukh-Lowell has led research on Gulf security, Iran's network of regional partners and the expanding roles of China and Russia in the Middle East. Her work has been cited in congressional hearings and widely covered in the press.

"The region is changing quickly, and so are the stakes for American policy," Farrukh-Lowell said. "I'm grateful for the chance to lead a team that brings rigorous analysis to those questions."

Under her leadership, the program will launch new projects on maritime security in the Red Sea and on the future of U.S. force posture in the Gulf.`,
    authors: ['nadia-farrukh-lowell'],
    topics: ['middle-east'],
    programs: ['middle-east-security'],
  },
  {
    slug: 'irans-drone-exports-and-the-widening-war-economy',
    title: 'Iran’s Drone Exports and the Widening War Economy',
    type: 'article',
    publishedAt: '2024-05-14',
    dek: 'Iranian drones have moved from regional proxies to European battlefields. The trade is binding Tehran and Moscow more closely together and creating new problems for Western sanctions enforcement.',
    body: `Iran spent years developing one-way attack drones and supplying them to partners in Yemen, Iraq and Lebanon. The war in Ukraine has given that industry a far larger customer. Russian forces have launched Iranian-designed drones against Ukrainian cities and infrastructure, and production has reportedly shifted toward facilities inside Russia.

The relationship runs both ways. In return for drones and munitions, Tehran is seeking Russian support in areas such as combat aircraft, air defense and space technology. Each exchange deepens a partnership that both governments once approached with caution.

## Why enforcement struggles

Iranian drones rely heavily on commercially available components, many of them manufactured in the United States, Europe and Asia. Those parts often reach Iran through distributors in third countries, where tracking end users is difficult. Sanctions have raised costs but have not stopped the flow.

A more effective response would focus on the handful of components that are hardest to replace, work with manufacturers to improve due diligence and apply pressure to the intermediaries that make the trade possible. The drone trade is a reminder that conflicts in the Middle East and Europe are no longer separate problems.`,
    authors: ['nadia-farrukh-lowell', 'samuel-bendett'],
    topics: ['middle-east', 'military-technology', 'russia'],
    programs: ['middle-east-security', 'technology-and-national-security'],
  },
  {
    slug: 'can-arms-control-survive-great-power-rivalry',
    title: 'Can Arms Control Survive Great-Power Rivalry?',
    type: 'podcast',
    publishedAt: '2024-09-24',
    dek: 'With the last U.S.-Russian strategic arms treaty set to expire in 2026 and China expanding its arsenal, Graham Ostrowski and Celeste Wallander discuss whether any form of nuclear restraint is still achievable.',
    body: `For half a century, arms control helped the United States and the Soviet Union, and later Russia, manage a dangerous rivalry. Treaties limited arsenals, inspections built confidence and regular talks kept channels open even in tense periods. Much of that architecture has now collapsed.

This episode considers what can still be salvaged. The conversation covers the suspension of inspections under New START, China's reluctance to join any negotiation and the growing interest in informal measures, such as notification agreements and hotlines, that fall short of treaties.

The discussion also asks a harder question: whether arms control depends on a baseline of political trust that no longer exists, or whether it matters most precisely when relations are at their worst.

Listeners can find related analysis on our [Arms Control topic page](/topics/arms-control).`,
    authors: ['graham-ostrowski', 'celeste-wallander'],
    topics: ['arms-control', 'great-power-competition', 'nuclear-deterrence'],
    programs: ['defense', 'transatlantic-security'],
  },
  {
    slug: 'natos-next-summit-must-be-about-production-not-pledges',
    title: 'NATO’s Next Summit Must Be About Production, Not Pledges',
    type: 'commentary',
    publishedAt: '2025-01-28',
    dek: 'European allies have raised defense spending, but their factories are not yet producing at the pace a long confrontation with Russia demands. The alliance should measure output, not just budgets.',
    body: `NATO summits have long revolved around a single number: the share of gross domestic product each ally spends on defense. That metric has been useful for shaming laggards, and more allies now meet the target than ever before. It says little, however, about whether the money is producing the ammunition, air defenses and vehicles the alliance needs.

The war in Ukraine has exposed a shortfall in production capacity that higher budgets alone cannot fix. European artillery shell output has grown but remains below what Ukraine consumes, and lead times for air-defense interceptors stretch for years. Fragmented national procurement leaves companies uncertain about future orders and reluctant to expand.

## A better scorecard

Allies should agree at the next summit on a set of production goals for critical munitions and systems, tracked and reported as regularly as spending. Multi-year joint contracts would give industry the confidence to build new lines. Standardizing requirements across countries would allow those lines to serve several customers at once.

Spending pledges have their place, but deterrence rests on what can be delivered to the front line. A summit that focuses on production would signal to Moscow that Europe is preparing for a long competition rather than a short burst of solidarity.`,
    authors: ['jim-townsend', 'viktor-sandahl'],
    topics: ['europe', 'defense-budget', 'ukraine'],
    programs: ['transatlantic-security', 'defense'],
  },
  {
    slug: 'securing-the-ai-stack-compute-data-and-talent-in-us-china-competition',
    title: 'Securing the AI Stack: Compute, Data, and Talent in U.S.-China Competition',
    type: 'report',
    publishedAt: '2025-05-20',
    dek: 'American leadership in artificial intelligence rests on three pillars: computing power, data and people. This report assesses the vulnerabilities in each and recommends a strategy that treats them as a single system.',
    body: `Policy debates about artificial intelligence and national security often treat its inputs in isolation. Export controls focus on chips, privacy rules on data and immigration debates on people. In practice these elements form a single stack, and a weakness in any one of them can undermine strengths in the others.

This report examines each layer of the stack in turn, assesses where the United States leads and where it is exposed, and proposes a set of policies designed to reinforce one another.

## Compute

American and allied firms dominate the design of advanced AI chips and the equipment used to make them. That lead is significant but not permanent. Manufacturing remains concentrated in a small number of facilities, several of them within range of Chinese military power. Energy constraints on new data centers may also prove a binding limit on domestic capacity.

## Data

Large models depend on vast quantities of training data, and specialized military applications require data that is often classified, fragmented or poorly labeled. The Department of Defense has made progress on data management, but many programs still cannot share information across organizational boundaries.

## Talent

The most capable AI researchers are concentrated in a handful of companies and universities, and a large share of them were born abroad. Visa uncertainty, slow security clearance processes and compensation gaps make it difficult for the national security community to compete for their skills. China, meanwhile, has expanded domestic training and recruitment from overseas.

## A systems approach

Because the layers interact, policy should address them together. Export controls that restrict compute to rivals are less effective if talent flows freely toward those same rivals; investments in domestic computing capacity are wasted without the engineers to use it. We recommend that the National Security Council designate a single coordinator for AI competitiveness with authority across these domains.

## Recommendations

- Expand permanent residency pathways for graduates in AI-related fields and remove per-country caps for those with advanced degrees.
- Fund secure, shared computing resources for government and academic researchers working on national security problems.
- Establish a data readiness program within the Department of Defense, with clear standards and dedicated funding.
- Coordinate export controls with allies, including rules on remote access to advanced computing.
- Accelerate permitting for energy infrastructure serving data centers of national importance.

## Conclusion

The United States enters this competition with formidable advantages. Keeping them will depend less on any single breakthrough than on the patient work of strengthening each layer of the stack and ensuring that policies in one area do not undercut gains in another.`,
    authors: ['adaeze-whitcombe', 'jordan-schneider', 'elsa-b-kania', 'callum-ashdown'],
    topics: ['artificial-intelligence', 'china', 'talent-and-immigration', 'great-power-competition'],
    programs: ['technology-and-national-security', 'energy-economics-and-security'],
  },
  {
    slug: 'pentagon-budget-plan-bets-big-on-autonomous-systems',
    title: 'Pentagon Budget Plan Bets Big on Autonomous Systems',
    type: 'in-the-news',
    publishedAt: '2025-08-12',
    dek: 'Priya Halvorsen spoke with Breaking Defense about the growing share of Pentagon funding directed toward uncrewed systems and whether the department can spend it effectively.',
    body: `Funding for autonomous and uncrewed systems has climbed steadily in recent budget requests, reflecting lessons from Ukraine and concern about the cost of traditional platforms in a conflict with China.

Halvorsen told Breaking Defense that the shift is overdue but that money alone will not deliver capability. Many autonomy programs remain small and scattered across the services, she said, and few have a clear path from prototype to large-scale production.

She argued that Congress should give the department more flexibility to move funds between related autonomy efforts, paired with stronger reporting requirements so lawmakers can track what is working. Without those changes, she warned, much of the new funding risks being absorbed by studies and demonstrations rather than fielded systems.`,
    outletName: 'Breaking Defense',
    outletUrl: 'https://breakingdefense.com/2025/08/pentagon-budget-plan-bets-big-on-autonomous-systems/',
    authors: ['priya-halvorsen'],
    topics: ['defense-budget', 'military-technology', 'artificial-intelligence'],
    programs: ['defense'],
  },
  {
    slug: 'closing-the-loopholes-countering-sanctions-evasion-through-third-countries',
    title: 'Closing the Loopholes: Countering Sanctions Evasion Through Third Countries',
    type: 'testimony',
    publishedAt: '2025-10-07',
    dek: 'Testimony before the House Financial Services Committee on how sanctioned states use intermediaries in third countries to obtain restricted goods and financing, and on tools to close those channels.',
    body: `Chairman, Ranking Member and members of the committee, thank you for the opportunity to testify on sanctions evasion through third countries, a problem that now determines whether many of our economic measures succeed or fail.

Trade data tell a consistent story. Exports of sanctioned goods from the United States, Europe and Asia to Russia fell sharply after 2022, while exports of the same goods to several neighboring states and trading hubs rose by comparable amounts. Much of that trade is re-exported, often through networks of recently created shell companies.

## Why current tools fall short

Enforcement agencies designate individual companies, but new entities appear faster than they can be listed. Banks in intermediary jurisdictions face limited exposure to U.S. penalties. And manufacturers frequently lack visibility into where their products ultimately end up.

## Recommendations

I would urge the committee to consider:

1. Expanding the use of secondary sanctions against financial institutions that repeatedly process transactions for evasion networks.
2. Requiring exporters of high-priority items to collect and retain end-user information for distributors in designated jurisdictions.
3. Funding additional analysts at the [Treasury Department's Office of Foreign Assets Control](https://ofac.treasury.gov/) and the Commerce Department's Bureau of Industry and Security.

Sanctions are only as strong as their weakest point of enforcement. Closing the third-country channel is now the most important step Congress can take to make existing measures bite.`,
    authors: ['callum-ashdown'],
    topics: ['sanctions', 'russia', 'china'],
    programs: ['energy-economics-and-security'],
  },
  {
    slug: 'the-baltic-sea-is-natos-new-front-line',
    title: 'The Baltic Sea Is NATO’s New Front Line',
    type: 'article',
    publishedAt: '2025-12-09',
    dek: 'Damaged undersea cables, a shadow fleet of aging tankers and a heavier Russian naval presence have turned the Baltic into a zone of constant friction. NATO needs a maritime strategy to match.',
    body: `With Finland and Sweden now inside the alliance, the Baltic Sea is sometimes described as a NATO lake. The description is comforting and misleading. Russia retains naval bases in Kaliningrad and near St. Petersburg, and the sea has become the scene of repeated incidents that fall below the threshold of armed conflict.

Undersea cables and pipelines have been damaged by ships dragging anchors, in circumstances that investigators have struggled to attribute. Aging tankers carrying Russian oil transit the sea with opaque ownership and questionable insurance, posing both a sanctions problem and an environmental hazard.

## Elements of a Baltic strategy

The alliance's response so far has been largely reactive. A more coherent approach would include:

- persistent surveillance of critical undersea infrastructure, combining naval patrols with uncrewed sensors
- common legal frameworks among coastal states for inspecting suspicious vessels
- faster repair capacity for cables and pipelines, so that disruption carries less strategic weight

The Baltic will not become a scene of open war without warning. It is, however, already a place where Moscow tests allied resolve in small ways. How the alliance responds to those tests will shape Russian calculations about larger ones.`,
    authors: ['viktor-sandahl', 'andrea-kendall-taylor'],
    topics: ['europe', 'russia', 'great-power-competition'],
    programs: ['transatlantic-security'],
  },
  {
    slug: 'cyber-defense-starts-with-the-power-grid',
    title: 'Cyber Defense Starts With the Power Grid',
    type: 'commentary',
    publishedAt: '2026-02-17',
    dek: 'State-backed hackers have positioned themselves inside American utilities in ways that suggest preparation for a crisis. Securing the grid should be treated as a defense priority, not only a regulatory one.',
    body: `Public warnings from U.S. agencies have described Chinese state-backed groups establishing quiet footholds in the networks of electric utilities, water systems and pipelines. Unlike espionage, these intrusions appear designed to enable disruption later, potentially during a crisis over Taiwan.

The electric grid is an especially attractive target. Military bases depend on commercial power, and outages can cascade through communications, transportation and water systems. Yet most utilities are small or mid-sized companies with limited security budgets, regulated primarily by state commissions focused on reliability and cost.

## Shifting the frame

Treating grid security as a national defense mission would change how it is funded and prioritized. Utilities serving critical military installations should receive direct federal support for network monitoring and incident response. Joint exercises between utilities, the National Guard and federal agencies should rehearse recovery from a deliberate attack rather than only from storms.

> An adversary that can turn off the lights near a port or airbase in the first hours of a crisis has gained leverage without firing a shot.

The cost of these measures is modest compared with the consequences of failure. The time to act is before a crisis gives an adversary a reason to use the access it has already built.`,
    outletName: 'Lawfare',
    outletUrl: 'https://www.lawfaremedia.org/article/cyber-defense-starts-with-the-power-grid',
    authors: ['adaeze-whitcombe', 'callum-ashdown'],
    topics: ['cyber', 'china'],
    programs: ['technology-and-national-security', 'energy-economics-and-security'],
  },
  {
    slug: 'deterrence-in-the-age-of-autonomy-a-force-design-for-2035',
    title: 'Deterrence in the Age of Autonomy: A Force Design for 2035',
    type: 'report',
    publishedAt: '2026-04-21',
    dek: 'Autonomous systems are changing what it takes to deter a major war. This report proposes a U.S. force design for 2035 that pairs large numbers of uncrewed platforms with a smaller core of crewed systems, and it examines the risks the shift creates for escalation control.',
    pullQuote:
      'The military that learns to field autonomy at scale, without losing control of escalation, will hold the advantage in the next decade of competition.',
    body: `The United States military of 2035 will be shaped by decisions made in the next three budget cycles. Those decisions are being made as autonomous systems move from experiments to the center of warfare, as the conflict in Ukraine has made unmistakably clear and as China's armed forces are pursuing with growing urgency.

This report asks what a force designed for deterrence in that environment should look like. It draws on wargames conducted with current and former officials, analysis of procurement data and a review of how autonomy is being integrated by the United States, its allies and its competitors.

## The strategic problem

Deterrence in the Indo-Pacific depends on convincing Beijing that an attack on Taiwan or a U.S. ally would fail. Today's force, built around a relatively small number of expensive, crewed platforms, struggles to deliver that assurance. Each aircraft carrier, bomber or destroyer is a valuable target, and their numbers are too limited to absorb losses in a long campaign.

## What autonomy offers

Autonomous systems can change that arithmetic. Large numbers of uncrewed aircraft, surface vessels and undersea vehicles can complicate an adversary's targeting, extend sensor coverage and deliver firepower at lower cost per platform. Properly integrated, they allow a smaller number of crewed systems to act as command nodes rather than front-line assets.

## A proposed force design

We propose a force design built around three tiers:

1. **A distributed layer** of thousands of low-cost uncrewed systems, procured in large quantities and refreshed frequently.
2. **A mid-tier** of more capable autonomous platforms, such as collaborative combat aircraft and large uncrewed undersea vehicles, operating alongside crewed units.
3. **A crewed core** of aircraft, ships and submarines optimized for command, coordination and the most demanding missions.

## Escalation risks

Autonomy also introduces new dangers. Systems that operate at machine speed could compress decision timelines in a crisis. Uncrewed platforms may be seen as acceptable losses, lowering the threshold for engagements that then escalate. And the interaction of autonomous systems with nuclear command and control requires particular caution.

> Speed is an advantage on the battlefield and a liability at the negotiating table.

## Managing the risks

To address these concerns, we recommend clear rules on human judgment over the use of force, firm separation between autonomous conventional systems and nuclear command and control, and crisis-communication arrangements with Beijing that account for incidents involving uncrewed platforms.

## Budget implications

The proposed design does not require a larger overall budget, but it does require sustained reallocation. Our estimates suggest that shifting roughly eight percent of procurement funding toward uncrewed systems over five years would be sufficient to field the distributed layer by 2035, provided the department can buy at scale and manage the software that ties the force together.

## Conclusion

The transition to an autonomy-heavy force is already underway; the question is whether it will be shaped deliberately or driven by events. A clear design, backed by stable funding and careful attention to escalation risks, offers the best chance of keeping deterrence strong through the coming decade.`,
    authors: ['priya-halvorsen', 'graham-ostrowski', 'adaeze-whitcombe', 'hana-morikawa-drake'],
    topics: ['military-technology', 'artificial-intelligence', 'nuclear-deterrence', 'indo-pacific'],
    programs: ['defense', 'technology-and-national-security'],
    featured: true,
  },
  {
    slug: 'rebuilding-ukraines-defense-industry',
    title: 'Rebuilding Ukraine’s Defense Industry',
    type: 'podcast',
    publishedAt: '2026-06-09',
    dek: 'Viktor Sandahl, Jeffrey Edmonds and Jim Townsend discuss how Ukraine’s wartime arms industry has grown, what it needs from Western partners and how it could anchor European security for years to come.',
    body: `Ukraine's defense industry has expanded dramatically under wartime pressure. Hundreds of companies now produce drones, electronic warfare equipment, artillery shells and long-range strike systems, many of them founded after the full-scale invasion began.

This episode looks at how that growth happened and where it has stalled. The guests discuss chronic shortages of financing, the vulnerability of factories to Russian strikes and the challenge of scaling production while maintaining quality.

The conversation also considers the industry's place in European security. Joint ventures with Western firms, investment from European governments and Ukraine's deep combat experience could make its industrial base a long-term asset for the continent, if partners are willing to commit resources on a scale that matches the opportunity.`,
    authors: ['viktor-sandahl', 'jeffrey-edmonds', 'jim-townsend'],
    topics: ['ukraine', 'europe', 'military-technology'],
    programs: ['transatlantic-security'],
  },
  {
    slug: 'center-launches-interactive-tracker-of-global-sanctions-regimes',
    title: 'Center Launches Interactive Tracker of Global Sanctions Regimes',
    type: 'press-release',
    publishedAt: '2026-07-14',
    dek: 'A new online tool from the Energy, Economics and Security Program maps sanctions imposed by the United States, the European Union, the United Kingdom and other partners, making it easier to compare measures across jurisdictions.',
    body: `WASHINGTON — The Center today released an interactive sanctions tracker that compiles measures imposed by the United States, the European Union, the United Kingdom, Canada, Japan and Australia against major sanctioned states.

The tracker allows users to filter measures by country, sector and date, and to see where allied sanctions align or diverge. It is updated weekly and includes links to the underlying legal documents.

"Sanctions coordination among partners is often discussed but rarely measured," said Callum Ashdown, senior fellow in the Energy, Economics and Security Program, who led the project. "We hope this tool gives policymakers, journalists and researchers a clearer picture of where gaps remain."

The tracker is free to use. Related analysis is available on the [Sanctions topic page](/topics/sanctions).`,
    authors: ['callum-ashdown'],
    topics: ['sanctions'],
    programs: ['energy-economics-and-security'],
  },
  {
    slug: 'chinas-long-game-in-the-gulf',
    title: 'China’s Long Game in the Gulf',
    type: 'article',
    publishedAt: '2026-08-25',
    dek: 'Beijing has built influence in the Gulf through trade, technology and diplomacy rather than military presence. That approach is slowly reshaping the region’s strategic choices.',
    body: `China is now the largest trading partner for most Gulf states and the largest buyer of their oil. Chinese companies build ports, telecommunications networks and renewable energy projects across the region, and Beijing's role in brokering diplomatic agreements has given it a political profile it lacked a decade ago.

What China has not done is build a significant military presence. Its single overseas base in the wider region sits in Djibouti, and Gulf governments continue to rely on the United States for their core security needs. For now, Beijing appears content to let Washington bear those costs while it builds economic and technological ties.

## Why it matters for Washington

The risk for the United States is gradual rather than sudden. As Gulf economies become more intertwined with China, their willingness to align with American priorities on technology controls, sanctions and military access may erode. Partners increasingly seek to hedge rather than choose.

Washington has tools to respond, including defense cooperation, investment partnerships and access to advanced technology. Using them effectively will require accepting that Gulf states will maintain ties with Beijing, and focusing instead on the specific areas, such as sensitive networks and military bases, where those ties create unacceptable risks.`,
    outletName: 'War on the Rocks',
    outletUrl: 'https://warontherocks.com/2026/08/chinas-long-game-in-the-gulf/',
    authors: ['nadia-farrukh-lowell', 'hana-morikawa-drake'],
    topics: ['middle-east', 'china', 'great-power-competition'],
    programs: ['middle-east-security', 'indo-pacific-security'],
  },

  // Drafts: never public.
  {
    slug: 'talent-visas-are-national-security-policy',
    title: 'Talent Visas Are National Security Policy',
    type: 'commentary',
    publishedAt: '2026-10-06',
    dek: 'The rules that govern who can study and work in the United States shape the country’s technological edge as much as any defense program. They should be written with that in mind.',
    body: `Immigration policy is rarely discussed in the same breath as defense strategy, yet the two are increasingly linked. Many of the engineers working on artificial intelligence, semiconductors and advanced materials in American labs were born abroad, and their ability to stay depends on visa rules written for a different era.

Current caps and backlogs force talented graduates to wait years for permanent residency, and some give up and leave. Competitors, including China and several U.S. allies, have introduced streamlined pathways to attract exactly these workers.

## A targeted approach

Reform need not be comprehensive to be effective. A dedicated visa category for graduates in critical technology fields, exemptions from per-country caps for those with advanced degrees and faster security vetting for researchers in sensitive programs would all help. Each could be paired with safeguards against misuse.

Treating talent as a strategic asset would not resolve every debate about immigration. It would, however, ensure that national security considerations are part of a conversation that has too often excluded them.`,
    authors: ['adaeze-whitcombe'],
    topics: ['talent-and-immigration', 'artificial-intelligence'],
    programs: ['technology-and-national-security'],
    status: 'DRAFT',
  },
  {
    slug: 'arms-control-without-treaties-managing-a-three-way-nuclear-competition',
    title: 'Arms Control Without Treaties: Managing a Three-Way Nuclear Competition',
    type: 'article',
    publishedAt: '2026-10-20',
    dek: 'With formal limits gone and China’s arsenal growing, restraint among the three largest nuclear powers will have to rely on informal measures. Some of those measures are within reach.',
    body: `The expiration of New START in February 2026 left the United States and Russia without binding limits on their strategic forces for the first time in more than fifty years. China, whose arsenal is expanding quickly, has shown no interest in joining formal negotiations.

Formal treaties may be out of reach for now, but restraint need not disappear entirely. Reciprocal announcements of force levels, notification of missile launches and exercises, and dedicated crisis-communication channels could all reduce the risk of miscalculation without requiring ratification.

## Starting small

The most promising near-term steps are those that serve each side's interest in avoiding accidents. Expanding existing launch-notification arrangements to include China would be a modest but meaningful start. Parallel expert-level talks on the risks posed by new technologies, including hypersonic weapons and artificial intelligence in command systems, could lay groundwork for more ambitious agreements later.

A three-way competition is inherently more complex than the bilateral rivalry that shaped the Cold War. That complexity makes informal restraint harder, but also more necessary.`,
    authors: ['graham-ostrowski', 'hana-morikawa-drake'],
    topics: ['arms-control', 'nuclear-deterrence', 'china'],
    programs: ['defense'],
    status: 'DRAFT',
  },
  // Demo events (invented for the demo; the speakers are the experts above).
  {
    slug: 'transatlantic-security-forum-2027',
    title: 'Transatlantic Security Forum 2027',
    type: 'event',
    publishedAt: '2026-11-20',
    dek: 'A morning of discussion on what European rearmament means for the alliance, with the Center’s transatlantic team. In person in Washington and streamed online.',
    body: `Europe is spending more on defense than at any point since the Cold War, and the question is no longer whether it will, but what the money buys and how it changes the division of labor inside NATO.

The forum opens with a conversation on the state of the war in Ukraine and the outlook for negotiations, followed by a panel on Europe's defense industry and a closing session on what Washington should ask of its allies.

Coffee from 9:30; the program starts at 10:00 and ends at 11:30.`,
    authors: ['andrea-kendall-taylor', 'jim-townsend'],
    topics: ['europe', 'ukraine'],
    programs: ['transatlantic-security'],
    event: {
      startsAt: '2027-03-16T10:00:00-04:00',
      endsAt: '2027-03-16T11:30:00-04:00',
      venue: 'Center headquarters, Washington, D.C.',
      onlineUrl: 'https://www.youtube.com/watch?v=Zk3Xq8m2bJ4',
      registrationOpen: true,
      capacity: 80,
    },
  },
  {
    slug: 'book-launch-the-new-arms-race-in-space',
    title: 'Book Launch: The New Arms Race in Space',
    type: 'event',
    publishedAt: '2026-09-15',
    dek: 'A conversation about competition in orbit, from anti-satellite tests to commercial constellations, and what deterrence means when the high ground is contested.',
    body: `The discussion covered how military reliance on satellites has grown, which counterspace weapons are already deployed, and how norms of behavior in orbit might be agreed before a crisis forces the question.

The recording and its transcript are below.`,
    authors: ['graham-ostrowski'],
    topics: ['nuclear-deterrence'],
    programs: ['defense'],
    event: {
      startsAt: '2026-10-08T12:00:00-04:00',
      endsAt: '2026-10-08T13:00:00-04:00',
      venue: 'Center headquarters, Washington, D.C.',
      recording: { file: 'book-launch-arms-race-in-space.mp3', contentType: 'audio/mpeg' },
      transcript: `Moderator: Welcome, and thank you for joining us for this launch.

Graham Ostrowski: The short version of the book is that space stopped being a sanctuary some time ago, and our planning has not caught up.`,
    },
  },
];

// The demo show. Its audio is a short synthesized introduction per episode
// (prisma/seed/media), and each transcript is what that audio says.
export const podcastShows: SeedShow[] = [
  {
    slug: 'brussels-sprouts',
    name: 'Brussels Sprouts',
    description:
      'Conversations about the alliance between the United States and Europe: NATO, Russia’s war on Ukraine, and the choices facing capitals on both sides of the Atlantic, with the Center’s transatlantic team and their guests.',
    category: 'News > Politics',
    ownerEmail: 'podcasts@example.org',
    guid: '5d0f3c0e-7a1b-5c55-9a0e-3c2b7f6d8e41',
    artwork: { file: 'brussels-sprouts-artwork.jpg', contentType: 'image/jpeg', width: 1400, height: 1400, alt: 'The words Brussels Sprouts over three green circles on a navy background' },
    episodes: [
      {
        article: 'the-hidden-past-and-uncertain-future-of-the-us-and-ukraine-with-celeste-wallander',
        audio: { file: 'brussels-sprouts-wallander.mp3', contentType: 'audio/mpeg' },
        season: 1,
        episode: 1,
        guests: ['celeste-wallander'],
        transcript: `Narrator: Welcome to Brussels Sprouts, the transatlantic security podcast.

Narrator: In this demonstration episode, the hosts talk with Celeste Wallander about how Washington and Kyiv built their security ties after the Cold War, and what a pause in American support taught European capitals.`,
      },
      {
        article: 'is-russia-under-pressure',
        audio: { file: 'brussels-sprouts-russia-pressure.mp3', contentType: 'audio/mpeg' },
        season: 1,
        episode: 2,
        transcript: `Narrator: This is Brussels Sprouts.

Narrator: Today's demonstration episode asks a simple question with a complicated answer: how much pressure is Russia's economy really under, and which of those pressures could shape a negotiation?`,
      },
      {
        article: 'rebuilding-ukraines-defense-industry',
        audio: { file: 'brussels-sprouts-defense-industry.mp3', contentType: 'audio/mpeg' },
        season: 1,
        episode: 3,
        guests: ['viktor-sandahl'],
        transcript: `Narrator: On this demonstration episode of Brussels Sprouts, we look at Ukraine's defense factories: what they already build at scale, where they still depend on partners, and how European money could speed them up.`,
      },
    ],
  },
];
