// Word lists and templates for scripts/bench/generate.mjs. Everything here is
// raw material for a seeded generator: names are combined at random, and titles,
// summaries and bodies are assembled from the templates below, so no prose is
// copied from anywhere.
//
// Templates use {slot} placeholders; generate.mjs decides what each slot means.
// The benchmark's search term ("deterrence") must appear only through
// DETERRENCE_SENTENCES and the topic of that name, so that its frequency stays
// under control: generate.mjs refuses to run when any other list contains it.

import { contentTypes, programs } from '../../prisma/seed/content.ts';

export const SEARCH_TERM = 'deterrence';

// Content types and programs: the demo's own rows (prisma/seed/content.ts),
// with the same ids (`type_<slug>`, `program_<slug>`) as prisma/seed/seed.ts.
// `share` is how often the archive uses each type, in percent.
const TYPE_SHARES = { commentary: 40, report: 8, podcast: 6, testimony: 2, 'in-the-news': 16, article: 23, 'press-release': 5 };
export const CONTENT_TYPES = contentTypes.map((t) => ({ ...t, share: TYPE_SHARES[t.slug] }));
export const PROGRAMS = programs;

// Regions and countries. "the:" marks names read with an article ("in the Arctic").
// The second field is the program whose pieces mention the region most.
export const REGIONS = [
  ['China', 'indo-pacific-security'],
  ['Russia', 'transatlantic-security'],
  ['Ukraine', 'transatlantic-security'],
  ['Europe', 'transatlantic-security'],
  ['the:Middle East', 'middle-east-security'],
  ['the:Indo-Pacific', 'indo-pacific-security'],
  ['Taiwan', 'indo-pacific-security'],
  ['Iran', 'middle-east-security'],
  ['Japan', 'indo-pacific-security'],
  ['India', 'indo-pacific-security'],
  ['North Korea', 'indo-pacific-security'],
  ['South Korea', 'indo-pacific-security'],
  ['Israel', 'middle-east-security'],
  ['Saudi Arabia', 'middle-east-security'],
  ['the:Arctic', 'transatlantic-security'],
  ['the:Baltic States', 'transatlantic-security'],
  ['Poland', 'transatlantic-security'],
  ['Germany', 'transatlantic-security'],
  ['France', 'transatlantic-security'],
  ['the:United Kingdom', 'transatlantic-security'],
  ['Turkey', 'transatlantic-security'],
  ['the:Black Sea', 'transatlantic-security'],
  ['the:South China Sea', 'indo-pacific-security'],
  ['Southeast Asia', 'indo-pacific-security'],
  ['the:Philippines', 'indo-pacific-security'],
  ['Vietnam', 'indo-pacific-security'],
  ['Australia', 'indo-pacific-security'],
  ['Indonesia', 'indo-pacific-security'],
  ['Pakistan', 'indo-pacific-security'],
  ['Afghanistan', 'middle-east-security'],
  ['Iraq', 'middle-east-security'],
  ['Syria', 'middle-east-security'],
  ['Lebanon', 'middle-east-security'],
  ['Yemen', 'middle-east-security'],
  ['Egypt', 'middle-east-security'],
  ['the:Gulf States', 'middle-east-security'],
  ['the:Red Sea', 'middle-east-security'],
  ['North Africa', 'middle-east-security'],
  ['the:Sahel', 'middle-east-security'],
  ['the:Horn of Africa', 'middle-east-security'],
  ['Africa', 'energy-economics-and-security'],
  ['Latin America', 'energy-economics-and-security'],
  ['Venezuela', 'energy-economics-and-security'],
  ['Mexico', 'energy-economics-and-security'],
  ['Brazil', 'energy-economics-and-security'],
  ['Canada', 'defense'],
  ['the:United States', 'defense'],
  ['the:Western Hemisphere', 'defense'],
  ['Central Asia', 'energy-economics-and-security'],
  ['the:Caucasus', 'transatlantic-security'],
  ['the:Western Balkans', 'transatlantic-security'],
  ['the:Nordic Countries', 'transatlantic-security'],
  ['Finland', 'transatlantic-security'],
  ['Sweden', 'transatlantic-security'],
  ['Belarus', 'transatlantic-security'],
  ['the:Korean Peninsula', 'indo-pacific-security'],
  ['South Asia', 'indo-pacific-security'],
  ['the:Pacific Islands', 'indo-pacific-security'],
  ['the:Mediterranean', 'transatlantic-security'],
  ['East Asia', 'indo-pacific-security'],
  ['Italy', 'transatlantic-security'],
  ['Romania', 'transatlantic-security'],
  ['Moldova', 'transatlantic-security'],
  ['Georgia', 'transatlantic-security'],
  ['Qatar', 'middle-east-security'],
  ['the:United Arab Emirates', 'middle-east-security'],
  ['Jordan', 'middle-east-security'],
  ['Libya', 'middle-east-security'],
  ['Nigeria', 'energy-economics-and-security'],
  ['Singapore', 'indo-pacific-security'],
];

// Policy topics in body form (lower case unless a proper noun), grouped by the
// program that writes about them most. Topic names are the title-cased forms.
// The one topic carrying the search term is added by generate.mjs.
export const POLICY_TOPICS = {
  'technology-and-national-security': [
    'artificial intelligence', 'military technology', 'autonomous weapons', 'drone warfare', 'semiconductors',
    'quantum computing', 'biotechnology', 'cyber', 'cybersecurity', 'space security', 'satellite communications',
    'emerging technology', 'technology competition', 'talent and immigration', 'research security',
    'data privacy', 'digital infrastructure', 'telecommunications', '5G networks', 'undersea cables',
    'cloud computing', 'open-source intelligence', 'information operations', 'disinformation', 'election security',
    'critical infrastructure', 'machine learning', 'robotics', 'hypersonic weapons', 'directed energy',
    'electronic warfare', 'software acquisition', 'defense innovation', 'venture capital and defense',
    'technology standards', 'encryption', 'surveillance technology', 'commercial space', 'microelectronics',
    'AI governance', 'AI safety', 'computing power', 'tech diplomacy', 'social media', 'influence operations',
    'semiconductor subsidies', 'military space', 'drone defense',
  ],
  'transatlantic-security': [
    'NATO', 'European defense', 'transatlantic relations', 'alliance burden sharing', 'the eastern flank',
    'military mobility', 'Russian military strategy', 'hybrid warfare', 'European Union security policy',
    'security assistance', 'the war in Ukraine', 'postwar reconstruction', 'authoritarianism', 'democracy',
    'election interference', 'Kremlin politics', 'Arctic security', 'Baltic security', 'Black Sea security',
    'European energy security', 'collective defense', 'NATO enlargement', 'air defense', 'war crimes and accountability',
    'foreign fighters', 'ceasefire negotiations', 'frozen conflicts', 'European defense industry', 'reassurance',
    'strategic autonomy', 'Western unity', 'Russia-China relations', 'civil defense', 'resilience',
    'the Russian economy', 'Ukraine aid', 'the European nuclear debate', 'NATO-EU cooperation',
  ],
  'indo-pacific-security': [
    'great-power competition', 'U.S.-China relations', 'the Taiwan Strait', 'Chinese military modernization',
    'the People’s Liberation Army', 'maritime security', 'freedom of navigation', 'alliances', 'the Quad', 'AUKUS',
    'the U.S.-Japan alliance', 'the U.S.-South Korea alliance', 'U.S.-India relations', 'Korean Peninsula security',
    'gray-zone coercion', 'island chains', 'coast guards', 'Pacific basing', 'China’s economic statecraft',
    'the Belt and Road Initiative', 'ASEAN', 'Indian Ocean security', 'North Korean missiles', 'crisis management',
    'U.S.-China military communication', 'Chinese foreign policy', 'regional order', 'U.S. Indo-Pacific strategy',
    'amphibious warfare', 'long-range fires', 'Pacific Islands partnerships', 'Taiwan defense reform',
    'Chinese nuclear forces', 'Japanese defense policy', 'Taiwan politics', 'maritime disputes', 'the Chinese economy',
  ],
  'middle-east-security': [
    'counterterrorism', 'Iran’s nuclear program', 'Iranian proxies', 'the Islamic State', 'Gulf security',
    'Israeli-Palestinian conflict', 'Red Sea shipping', 'regional normalization', 'civil wars', 'humanitarian crises',
    'refugees and displacement', 'U.S. force presence', 'Hezbollah', 'the Houthis', 'Syrian conflict',
    'Iraqi politics', 'Afghanistan withdrawal', 'security cooperation', 'arms sales', 'counterinsurgency',
    'terrorist financing', 'political violence', 'stabilization', 'Middle East diplomacy', 'maritime chokepoints',
    'Gulf energy', 'water security', 'state fragility', 'Turkish foreign policy', 'Egyptian politics',
    'Israeli security policy', 'Saudi foreign policy', 'nuclear proliferation in the Middle East',
  ],
  defense: [
    'defense budget', 'defense strategy', 'force structure', 'force posture', 'military readiness', 'shipbuilding',
    'munitions production', 'the defense industrial base', 'defense acquisition', 'military personnel', 'recruiting',
    'military logistics', 'joint warfighting', 'the Army', 'the Navy', 'the Air Force', 'the Marine Corps',
    'the Space Force', 'special operations', 'missile defense', 'nuclear modernization', 'nuclear weapons',
    'arms control', 'nonproliferation', 'strategic stability', 'military exercises', 'wargaming', 'civil-military relations',
    'congressional oversight', 'defense reform', 'military health care', 'veterans', 'training', 'stockpiles',
    'contested logistics', 'command and control', 'integrated air and missile defense', 'submarines', 'aircraft carriers',
    'fighter aircraft', 'bombers', 'tanks and armored vehicles', 'military installations', 'the National Guard',
    'army modernization', 'naval strategy', 'air power', 'reserve forces', 'military innovation', 'defense cooperation',
  ],
  'energy-economics-and-security': [
    'sanctions', 'export controls', 'economic statecraft', 'economic coercion', 'energy security', 'oil markets',
    'natural gas', 'liquefied natural gas', 'critical minerals', 'supply chains', 'trade policy', 'tariffs',
    'foreign investment screening', 'outbound investment', 'industrial policy', 'financial warfare', 'dollar dominance',
    'central bank reserves', 'climate security', 'clean energy', 'nuclear energy', 'energy transition',
    'shipping and ports', 'food security', 'debt and development', 'infrastructure finance', 'rare earths',
    'battery supply chains', 'sanctions enforcement', 'price caps', 'illicit finance', 'cryptocurrency',
    'anti-money laundering', 'commodity markets', 'electric grids', 'pipeline politics', 'economic security',
    'energy diplomacy', 'Arctic resources', 'sanctions evasion', 'export control enforcement',
  ],
};

// Used only when a piece is marked to carry the search term.
export const DETERRENCE_SENTENCES = [
  'Credible deterrence depends as much on {noun} as on the forces {actor} can put in the field.',
  'The logic of deterrence in {place} rests on convincing adversaries that aggression will fail {time}.',
  'Integrated deterrence has become a slogan in {actor}, but its practical meaning for {issue} remains unsettled.',
  'Deterrence by denial would require {actor} to {verb} {noun} well before a crisis begins.',
  'Extended deterrence commitments to allies in {place} look less certain when budgets tighten.',
  'Nuclear deterrence still shapes the calculations of every government with a stake in {issue}.',
  'A deterrence posture that relies on punishment alone invites adversaries to test the margins.',
  'Strengthening deterrence in {place} is cheaper than restoring it after it fails.',
];

// Who acts in sentences ("the Pentagon is ..."): singular, so verbs agree. Lower-case
// initial where the phrase is not a proper noun; generate.mjs capitalizes sentence starts.
export const ACTORS = [
  'Washington', 'the Pentagon', 'NATO', 'Congress', 'Beijing', 'Moscow', 'the administration', 'Tokyo',
  'the Defense Department', 'the State Department', 'the Treasury', 'Kyiv', 'New Delhi', 'the intelligence community',
  'the European Union', 'Seoul', 'Canberra', 'Ankara', 'Tehran', 'the White House', 'the Joint Staff',
  'the National Security Council', 'the Commerce Department', 'Brussels', 'Berlin', 'Paris', 'London',
  'Warsaw', 'Taipei', 'Manila', 'Riyadh', 'Jerusalem', 'Abu Dhabi', 'the G7', 'the United Nations',
];

export const TITLE_ACTORS = [
  'Washington', 'the Pentagon', 'NATO', 'Congress', 'Beijing', 'Moscow', 'Europe', 'the Next Administration', 'the White House',
  'the Alliance', 'the Navy', 'the Army', 'the Air Force', 'the Marine Corps', 'Tokyo', 'Kyiv', 'New Delhi', 'the EU', 'the G7',
  'Seoul', 'Taipei', 'Tehran', 'Riyadh', 'America', 'the Defense Department', 'the Treasury', 'Berlin', 'Warsaw',
];

export const EVENTS = [
  'the Ukraine War', 'the Next Taiwan Strait Crisis', 'the Budget Deal', 'the NATO Summit', 'the Election', 'the Red Sea Attacks',
  'the Ceasefire', 'the Sanctions Package', 'the New Defense Strategy', 'the Summit', 'the Drone Strikes', 'the Missile Tests',
  'the Export Ban', 'the Chip Shortage', 'the Withdrawal', 'the Coup', 'the Blockade Drills', 'the Arms Deal', 'the Oil Shock',
  'the Cyberattack', 'the Pipeline Sabotage', 'the Nuclear Talks', 'the Trade War', 'the Pandemic', 'the Mutiny',
  'the Peace Talks', 'the Shutdown', 'the Security Pact', 'the Naval Standoff', 'the Grain Deal',
];

export const TITLE_ADJECTIVES = [
  'Smarter', 'Stronger', 'Realistic', 'Durable', 'Coordinated', 'Sustainable', 'Bolder', 'Long-Term', 'Credible', 'Leaner',
  'Allied', 'Integrated', 'Faster', 'Affordable', 'Resilient', 'Targeted', 'Clearer', 'Better',
];

export const TITLE_VERBS = ['Rethink', 'Fix', 'Fund', 'Rebuild', 'Modernize', 'Protect', 'Strengthen', 'Reform', 'Defend', 'Reimagine', 'Prioritize', 'Scale Up'];

// Subtitles appended after a colon to short titles ("The Myth of Shipbuilding: Lessons From Poland").
export const SUBTITLES = [
  'Lessons From {Place}', 'What {Actor} Should Do Next', 'A {Adj} Agenda for {Year}', 'Why {Place} Matters', 'The View From {Place}',
  'A Plan for {Year}', 'What {Event} Taught Us', 'Five Questions for {Actor}', 'Options for {Actor}', 'Beyond the Headlines in {Place}',
  'How {Actor} Can Respond', 'The Stakes for {Place}', 'A Report Card for {Year}', 'Where the Debate Goes Next',
  'The Case of {Place}', 'Costs, Risks and Choices', 'Notes From {Place}', 'An Agenda for {Actor}',
];

export const NUMBER_WORDS = ['Three', 'Four', 'Five', 'Six', 'Seven', 'Ten'];

// Generic titles. {Actor}, {Issue}, {Issue2}, {Place}, {Event}, {Adj}, {Verb}, {Number}.
export const TITLE_TEMPLATES = [
  'Why {Actor} Needs a New Approach to {Issue} in {Place}',
  'The Case for a {Adj} Approach to {Issue}',
  '{Actor} Is Getting {Issue} Wrong',
  'What {Event} Means for {Issue}',
  'How {Actor} Can Get Ahead on {Issue}',
  'The Hidden Costs of {Issue}',
  '{Issue} and the Future of {Issue2}',
  'The {Year} Agenda for {Issue}',
  'How {Place} Is Reshaping the Debate Over {Issue}',
  'A Field Guide to {Issue}',
  'Is {Actor} Losing the Contest Over {Issue}?',
  'The Next Phase of {Issue} in {Place}',
  'Why {Actor} Should Stop Underestimating {Issue}',
  'Rethinking {Issue} After {Event}',
  '{Number} Lessons From {Place} on {Issue}',
  'A Strategy for {Issue} in {Place}',
  'Can {Actor} Afford to Ignore {Issue}?',
  'The Limits of {Issue} in {Place}',
  'Time to {Verb} {Issue}',
  'The Coming Fight Over {Issue}',
  'Why Getting {Issue} Right Matters More Than Ever in {Place}',
  'What {Actor} Gets Wrong About {Place}',
  '{Place} as a Test Case for {Issue}',
  'The Quiet Revolution in {Issue}',
  'How {Event} Changed the Debate Over {Issue}',
  'Getting {Issue} Right',
  '{Actor} Must {Verb} {Issue} Before It Is Too Late',
  'The Myth of {Issue}',
  'Beyond {Issue}: A {Adj} Agenda for {Place}',
  'Is {Actor} Ready for {Issue} in {Place}?',
  'The Real Lesson of {Event}',
  'Why {Issue} Will Define the Next Decade in {Place}',
  'Where {Actor} Stands on {Issue}',
  '{Issue}, {Issue2} and the Contest for {Place}',
  'Toward {Adj} {Issue}',
  'The Wrong Answer to {Issue}',
  '{Actor} and the Problem of {Issue}',
  'Closing the Gap on {Issue}',
  'What a {Adj} Policy on {Issue} Would Look Like',
  'Why {Place} Should Worry About {Issue}',
  'The Trouble With {Issue}',
  'After {Event}, {Actor} Should {Verb} {Issue}',
  'The Politics of {Issue} in {Place}',
  'Don’t Let {Issue} Become an Afterthought',
];

export const TITLE_TEMPLATES_BY_TYPE = {
  testimony: [
    'Statement Before the House Armed Services Committee on {Issue}',
    'Testimony Before the Senate Foreign Relations Committee: {Issue} in {Place}',
    'Testimony on {Issue} and U.S. National Security',
    'Statement to the Senate Armed Services Committee on {Issue}',
    'Testimony Before the House Foreign Affairs Committee on {Place}',
    'Statement on {Issue} Before the U.S.-China Economic and Security Review Commission',
  ],
  podcast: [
    '{Issue} in {Place}, with {Guest}',
    'Episode {Episode}: {Issue} and the Road Ahead',
    'What Comes Next for {Place}? A Conversation with {Guest}',
    'The {Issue} Debate, with {Guest}',
    'Inside {Actor}’s Thinking on {Issue}',
    'Episode {Episode}: {Place} After {Event}',
  ],
  'press-release': [
    'Center Launches New Project on {Issue}',
    'New Report Examines {Issue} in {Place}',
    'Center Announces Task Force on {Issue}',
    '{Guest} Joins the Center as {Rank}',
    'Center Releases Recommendations on {Issue}',
    'Experts to Brief Congress on {Issue} in {Place}',
  ],
  'in-the-news': [
    'Experts Weigh In on {Issue} as {Actor} Weighs Its Options',
    '{Actor} Faces Pressure Over {Issue}',
    'What {Event} Means for {Place}',
    'Analysts Question {Actor}’s Plan for {Issue}',
    'Inside the Debate Over {Issue} in {Place}',
  ],
};

export const GUEST_ROLES = ['Adjunct Senior Fellow', 'Senior Fellow', 'Visiting Fellow', 'Nonresident Fellow', 'Senior Adviser'];

// Dek: one sentence.
export const DEK_TEMPLATES = [
  '{Actor} has treated {issue} as a secondary concern for years, but as {trend}, a {adj} strategy is overdue.',
  'As {trend}, {actor} should {verb} its approach to {issue} in {place} before rivals set the terms.',
  'The debate over {issue} in {place} turns on a simple question: whether {actor} is willing to {verb} {noun}.',
  'A close look at {issue} shows why {actor} needs {adj} investments in {noun} and a clearer plan for {place}.',
  'Recent events in {place} expose the gap between what {actor} promises on {issue} and what it can deliver.',
  'Policymakers tend to treat {issue} and {issue2} separately; in {place} the two are increasingly inseparable.',
  'As {trend}, the choices {actor} makes on {issue} will shape the balance of power in {place} {time}.',
  'This analysis examines how {issue} is changing the calculations of {actor} and what that means for {place}.',
  'New data on {issue} suggest that {actor} has more leverage in {place} than conventional wisdom assumes.',
  'Getting {issue} right will require {actor} to {verb} {noun}, work closely with partners and accept some risk.',
  'The experience of {place} offers practical lessons for anyone trying to {verb} {noun} while {trend}.',
  'A wave of new commitments on {issue} has yet to change facts on the ground in {place}.',
];

// Clauses used by the slot {trend} ("as budgets tighten").
export const TRENDS = [
  'budgets tighten', 'competition intensifies', 'supply chains fragment', 'new technologies spread', 'alliances come under strain',
  'adversaries grow bolder', 'the war drags on', 'energy markets swing', 'domestic politics grow more polarized',
  'interest rates stay high', 'the industrial base struggles to keep pace', 'regional tensions rise', 'public attention shifts elsewhere',
  'commercial technology outpaces government programs', 'the threat picture changes faster than planning cycles',
  'new players enter the field', 'old agreements lapse', 'migration pressures grow', 'the costs of delay accumulate',
];

export const NOUNS = [
  'capacity', 'resilience', 'interoperability', 'readiness', 'credibility', 'leverage', 'coordination', 'investment', 'oversight',
  'transparency', 'production capacity', 'stockpiles', 'intelligence sharing', 'training', 'maintenance', 'planning', 'logistics',
  'diplomatic engagement', 'public support', 'technical expertise', 'information sharing', 'contingency planning', 'surge capacity',
  'workforce development', 'research funding', 'partner capacity', 'basing access', 'command arrangements', 'crisis communication',
];

export const VERBS = [
  'strengthen', 'expand', 'rethink', 'accelerate', 'protect', 'reform', 'fund', 'coordinate', 'rebuild', 'prioritize', 'streamline',
  'modernize', 'sustain', 'deepen', 'broaden', 'secure', 'revisit', 'simplify',
];

export const ADJECTIVES = [
  'sustained', 'credible', 'coordinated', 'realistic', 'targeted', 'durable', 'long-term', 'pragmatic', 'focused', 'ambitious',
  'measured', 'flexible', 'comprehensive', 'well-funded', 'disciplined', 'consistent',
];

export const TIMES = [
  'over the next decade', 'in the coming years', 'by the end of the decade', 'within five years', 'in the near term',
  'over the long run', 'before the next crisis', 'in the years ahead', 'during the next budget cycle', 'this decade',
];

export const ORGS = [
  'the Government Accountability Office', 'the Congressional Budget Office', 'the Congressional Research Service',
  'the International Energy Agency', 'the World Bank', 'the International Monetary Fund', 'the Defense Science Board',
  'the Department of Defense inspector general', 'NATO’s own planners', 'independent auditors', 'a bipartisan commission',
  'a recent National Academies study', 'the Office of the Director of National Intelligence', 'the European Commission',
];

export const QUANTITIES = [
  'two', 'three', 'four', 'five', 'several', 'a dozen', 'dozens of', 'hundreds of', 'a handful of', 'nearly twenty', 'more than thirty',
];

export const PERCENTS = ['5 percent', '8 percent', '10 percent', '12 percent', '15 percent', '20 percent', '25 percent', 'a third', 'half', 'two-thirds', '40 percent'];

// Body sentences. Slots: {actor} {issue} {issue2} {place} {trend} {noun} {noun2}
// {verb} {adj} {time} {org} {qty} {pct} {year}.
export const SENTENCES = [
  '{actor} has spent years debating {issue}, yet the practical choices remain largely unmade.',
  'The stakes are highest in {place}, where {issue} intersects with long-standing rivalries.',
  'Few officials dispute the importance of {issue}; the disagreement is over how much to spend and how fast.',
  'Since {year}, {actor} has announced {qty} initiatives on {issue}, but funding has rarely matched the rhetoric.',
  'A {adj} approach would start by asking what {actor} actually needs from {issue} {time}.',
  'The record in {place} suggests that half measures tend to produce the worst of both worlds.',
  'That gap between ambition and resources is not new, but it is growing as {trend}.',
  'According to {org}, spending on {issue} rose by roughly {pct} over the period.',
  '{actor} will need to {verb} {noun} if it hopes to keep pace with rivals.',
  'Partners in {place} are watching closely, and they draw conclusions from what Washington does rather than what it says.',
  'None of this is inevitable, and the choices made {time} will matter a great deal.',
  'Critics argue that {issue} has become a catch-all label that obscures more than it reveals.',
  'The most useful step may also be the least glamorous: investing in {noun} and {noun2}.',
  'Past efforts to {verb} {issue} stalled because no single office owned the problem.',
  'In practice, {issue} and {issue2} are now so intertwined that policy on one shapes the other.',
  '{actor} has an opportunity to lead, but only if it is willing to accept some near-term costs.',
  'The experience of {place} offers a useful warning about what happens when planning lags behind events.',
  'Officials interviewed for this analysis described a system that rewards caution over initiative.',
  'There are good reasons to think the current approach will fall short.',
  'First, the resources devoted to {issue} remain small relative to the scale of the challenge.',
  'Second, coordination among agencies is weak, and responsibility is scattered across {qty} offices.',
  'Third, allies in {place} have their own priorities, which do not always align with those of {actor}.',
  'Rivals have studied these weaknesses carefully and are adjusting their own plans accordingly.',
  'The result is a policy that looks coherent on paper but is fragile in execution.',
  'Budget documents show that {noun} has been underfunded for most of the past decade.',
  'What is missing is a shared understanding of the problem among {actor} and its partners.',
  'A better model would pair {adj} investment with clear metrics for success.',
  'Lawmakers can help by insisting on regular reporting and by protecting {noun} from across-the-board cuts.',
  'The private sector has a role to play, particularly in {issue2}, where much of the expertise now sits outside government.',
  'Ultimately, success will depend less on any single program than on sustained attention from senior leaders.',
  'The costs of inaction are harder to see, but they are real and they compound over time.',
  'Smaller states in {place} have often moved faster than larger ones, partly out of necessity.',
  '{actor} should treat {issue} as a core part of its strategy rather than a specialized niche.',
  'This is not only a military question; economic and diplomatic tools will matter at least as much.',
  'Surveys suggest that public support for engagement in {place} is broader than commonly assumed.',
  'Even modest improvements in {noun} could pay outsized dividends in a crisis.',
  'The lesson from {year} is that early warning is useless without the authority to act on it.',
  'Several proposals now circulating in {actor} would {verb} {noun}, though none has yet won broad support.',
  'Adversaries have learned to operate below the threshold that would trigger a forceful response.',
  'Any serious plan must account for the possibility that supply chains will be disrupted {time}.',
  'Much of the relevant data is classified, which makes public debate about {issue} harder than it should be.',
  'That is why independent analysis, drawing on open sources, has become so valuable.',
  'Commercial satellite imagery and open-source reporting now reveal developments that once took years to confirm.',
  'Allies will be more willing to share the burden if they are consulted early rather than informed late.',
  'The {adj} path forward is neither cheap nor quick, but it is achievable.',
  'Recent exercises in {place} exposed shortfalls in {noun} that planners had long suspected.',
  'It would be a mistake to assume that today’s advantages will persist without deliberate effort.',
  'Policymakers should resist the temptation to chase headlines and focus instead on {noun}.',
  'A phased approach, starting with pilot programs, would allow {actor} to learn before scaling up.',
  'The workforce needed to manage {issue} takes years to build and can be lost quickly.',
  'Regional dynamics in {place} add further complexity, since local actors pursue their own agendas.',
  'For {actor}, the central question is how to balance competing demands without losing focus.',
  'Skeptics note that similar promises were made in {year} and went largely unfulfilled.',
  'Still, the political environment has shifted, and there is now a window for meaningful reform.',
  'Industry executives say that predictable demand signals matter more than any single contract.',
  'Without stable funding, firms have little reason to invest in new production lines.',
  'Closer cooperation with partners in {place} could reduce costs and spread risk.',
  'Data from {org} show how uneven progress has been across different parts of the system.',
  'The gap is widest in {issue2}, where demand has grown far faster than supply.',
  'Officials in {actor} acknowledge the problem privately, even if they rarely say so in public.',
  'None of these steps requires new legislation, though congressional support would make them easier.',
  'A realistic timeline would measure progress in years rather than months.',
  'The broader point is that {issue} cannot be managed in isolation from wider strategy.',
  'What happens in {place} will echo well beyond the region.',
  'Competitors are betting that democracies lack the patience for a long contest; that bet can be proved wrong.',
  'Clear priorities, {adj} funding and honest assessment of results are the foundations of any durable policy.',
  'In the short term, the most pressing task is to {verb} {noun} before the next budget deadline.',
  'Longer term, {actor} must decide what role it wants to play in {place}.',
  'These trade-offs are uncomfortable, but avoiding them carries its own costs.',
  'The evidence from {place} points in a consistent direction.',
  'Roughly {pct} of the relevant programs have fallen behind schedule, according to {org}.',
  'Consider the case of {issue2}, which offers a useful comparison.',
  'A decade ago, few analysts would have predicted how central {issue} would become to debates in {actor}.',
  'The numbers tell only part of the story; institutions and habits matter just as much.',
  'Officials often describe {issue} as a priority, yet it rarely survives the annual budget negotiations intact.',
  'The first priority should be to {verb} {noun}, which underpins almost everything else.',
  'Allies in {place} have made clear that they want predictability more than grand gestures.',
  'Much depends on whether {actor} can sustain attention after the current crisis fades.',
  'Several governments in {place} are hedging, keeping their options open rather than choosing sides.',
  'That approach has costs, and {actor} should be candid about them.',
  'Progress on {issue} will be uneven, and setbacks should be expected.',
  'The relevant question is not whether to act but how to sequence the steps.',
  'Investments made now will take years to show results, which makes them politically vulnerable.',
  'In interviews, practitioners repeatedly pointed to {noun} as the binding constraint.',
  'Experience in {place} shows that local ownership is essential for lasting results.',
  'Outside pressure can help, but it cannot substitute for domestic political will.',
  'Planners should assume that adversaries will adapt quickly to any new measure.',
  'The legal framework governing {issue} was written for a different era and shows its age.',
  'Updating it would require cooperation between the executive branch and Congress.',
  'The debate in {actor} has too often been framed as a choice between two bad options.',
  'A wider set of choices becomes visible once {issue} is considered alongside {issue2}.',
  'Early results from pilot efforts in {place} are encouraging, though the samples are small.',
  'The evidence is mixed, and honest analysis should say so.',
  'Critics on both sides of the debate overstate their case.',
  'The technical details matter, but the political choices matter more.',
  'For now, the initiative lies with those willing to commit resources {time}.',
  'The most vulnerable point in the system is often the least visible one.',
  'Better data on {noun} would improve decisions at every level.',
  'Coordination with partners in {place} has improved, but it remains dependent on personal relationships.',
  'Institutionalizing those ties would make them more durable.',
  'In {year}, a similar debate ended with modest reforms that were later reversed.',
  'This time, the stakes are higher and the margin for error is smaller.',
  'Funding alone will not solve the problem if incentives remain misaligned.',
  'The experience of other democracies offers useful models for {actor}.',
  'Public communication matters as well, since policies that are poorly explained rarely last.',
  'A credible plan for {issue} would set clear goals, assign responsibility and report results.',
  'Few of these ideas are new, but they have rarely been pursued together.',
  'What has changed is the urgency, driven by developments in {place}.',
  'Markets have taken notice, and investors are adjusting their expectations accordingly.',
  'The gap between announcements and delivery remains the central problem.',
];

// "## ..." subheadings.
export const SUBHEADINGS = [
  'The Cost of Waiting', 'What Washington Should Do', 'Lessons From {Place}', 'A Better Way Forward', 'The Allied Dimension',
  'Why Now', 'What the Numbers Show', 'Recommendations', 'The Bigger Picture', 'Risks and Trade-Offs', 'Looking Ahead',
  'The Role of Congress', 'Where Policy Falls Short', 'The Industrial Challenge', 'Background', 'Key Findings', 'Conclusion',
  'What Comes Next', 'The View From {Place}', 'Measuring Success',
];

// Bullet list items (short noun phrases).
export const LIST_INTROS = [
  'Policymakers should focus on a few concrete steps:',
  'The analysis points to several priorities:',
  'Topics covered in this episode include:',
  'Three questions deserve particular attention:',
  'A practical agenda would include:',
  'Key findings include:',
];

export const LIST_ITEMS = [
  'multiyear funding for {noun}', 'a single office accountable for {issue}', 'regular reporting to Congress on {noun}',
  'closer coordination with partners in {place}', 'pilot programs to test new approaches to {issue}',
  'clear metrics for judging progress on {issue2}', 'investment in the workforce that manages {issue}',
  'contingency plans for disruptions {time}', 'a review of export rules affecting {issue2}', 'joint exercises with allies in {place}',
  'how {actor} weighs {issue} against other priorities', 'what recent events in {place} reveal about {issue}',
  'the role of industry in {issue2}', 'where {noun} falls short today', 'options for {adj} investment in {noun}',
];

export const BOLD_LEADS = ['The bottom line:', 'Why it matters:', 'What to watch:', 'The risk:', 'The opportunity:', 'In brief:', 'Key point:'];

// Sentences carrying a Markdown link ({url} is filled by generate.mjs).
export const LINK_SENTENCES = [
  'As [a recent analysis]({url}) of {issue} found, the gaps are larger than official estimates suggest.',
  'A [report by {org}]({url}) reached similar conclusions about {noun}.',
  'Earlier [work on {issue2}]({url}) points in the same direction.',
  'The [full data set]({url}) covers {qty} programs across {place}.',
  'For background, see [this overview of {issue}]({url}).',
];

export const GIVEN_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara', 'Richard',
  'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen', 'Charles', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty',
  'Anthony', 'Sandra', 'Mark', 'Margaret', 'Donald', 'Ashley', 'Steven', 'Kimberly', 'Andrew', 'Emily', 'Paul', 'Donna', 'Joshua',
  'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'Timothy', 'Deborah', 'Ronald', 'Stephanie', 'George',
  'Rebecca', 'Jason', 'Sharon', 'Edward', 'Laura', 'Jeffrey', 'Cynthia', 'Ryan', 'Dorothy', 'Jacob', 'Amy', 'Nicholas', 'Kathleen',
  'Gary', 'Angela', 'Eric', 'Shirley', 'Jonathan', 'Emma', 'Stephen', 'Brenda', 'Larry', 'Pamela', 'Justin', 'Nicole', 'Scott',
  'Anna', 'Brandon', 'Samantha', 'Benjamin', 'Katherine', 'Samuel', 'Christine', 'Gregory', 'Debra', 'Alexander', 'Rachel',
  'Patrick', 'Carolyn', 'Frank', 'Janet', 'Raymond', 'Maria', 'Jack', 'Olivia', 'Dennis', 'Heather', 'Jerry', 'Helen', 'Tyler',
  'Catherine', 'Aaron', 'Diane', 'Jose', 'Julie', 'Adam', 'Victoria', 'Nathan', 'Joyce', 'Henry', 'Lauren', 'Zachary', 'Kelly',
  'Douglas', 'Christina', 'Peter', 'Ruth', 'Kyle', 'Joan', 'Noah', 'Virginia', 'Ethan', 'Judith', 'Jeremy', 'Evelyn', 'Christian',
  'Hannah', 'Walter', 'Andrea', 'Keith', 'Megan', 'Austin', 'Cheryl', 'Roger', 'Jacqueline', 'Terry', 'Madison', 'Sean', 'Teresa',
  'Gerald', 'Abigail', 'Carl', 'Sophia', 'Dylan', 'Martha', 'Harold', 'Sara', 'Jordan', 'Gloria', 'Jesse', 'Janice', 'Bryan',
  'Kathryn', 'Lawrence', 'Ann', 'Arthur', 'Isabella', 'Gabriel', 'Judy', 'Bruce', 'Charlotte', 'Logan', 'Julia', 'Billy', 'Grace',
  'Joe', 'Amber', 'Alan', 'Alice', 'Juan', 'Jean', 'Elijah', 'Denise', 'Willie', 'Frances', 'Albert', 'Danielle', 'Wayne', 'Marilyn',
  'Randy', 'Natalie', 'Mason', 'Beverly', 'Vincent', 'Diana', 'Liam', 'Brittany', 'Roy', 'Theresa', 'Bobby', 'Kayla', 'Caleb',
  'Alexis', 'Bradley', 'Doris', 'Russell', 'Lori', 'Lucas', 'Tiffany', 'Priya', 'Arjun', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Omar',
  'Leila', 'Tariq', 'Amira', 'Dmitri', 'Olga', 'Andrzej', 'Katarzyna', 'Lars', 'Ingrid', 'Mateo', 'Camila', 'Kwame', 'Amara',
  'Rahul', 'Ananya', 'Jun', 'Soo-jin', 'Min-jun', 'Farah', 'Yusuf', 'Elena', 'Marco', 'Giulia', 'Sven', 'Astrid', 'Pierre', 'Claire',
  'Tomas', 'Lucia', 'Nikolai', 'Irina', 'Ahmed', 'Fatima', 'Hassan', 'Noor', 'Kenji', 'Aiko', 'Ravi', 'Sunita', 'Oleksandr', 'Oksana',
];

export const FAMILY_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris',
  'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen',
  'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gomez',
  'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy',
  'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim',
  'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes',
  'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez', 'Powell', 'Jenkins', 'Perry',
  'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes', 'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero',
  'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham', 'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes',
  'Bryant', 'Herrera', 'Gibson', 'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens',
  'Harrison', 'Fernandez', 'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman', 'Webb',
  'Tucker', 'Guzman', 'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter', 'Gordon', 'Mendez', 'Silva', 'Shaw', 'Snyder',
  'Mason', 'Dixon', 'Munoz', 'Hunt', 'Hicks', 'Holmes', 'Palmer', 'Wagner', 'Black', 'Robertson', 'Boyd', 'Rose', 'Stone', 'Salazar',
  'Fox', 'Warren', 'Mills', 'Meyer', 'Rice', 'Schmidt', 'Garza', 'Daniels', 'Ferguson', 'Nichols', 'Stephens', 'Soto', 'Weaver',
  'Ryan', 'Gardner', 'Payne', 'Grant', 'Dunn', 'Kelley', 'Spencer', 'Hawkins', 'Arnold', 'Pierce', 'Vazquez', 'Hansen', 'Peters',
  'Santos', 'Hart', 'Bradley', 'Knight', 'Elliott', 'Cunningham', 'Duncan', 'Armstrong', 'Hudson', 'Carroll', 'Lane', 'Riley',
  'Andrews', 'Alvarado', 'Ray', 'Delgado', 'Berry', 'Perkins', 'Hoffman', 'Johnston', 'Matthews', 'Pena', 'Richards', 'Contreras',
  'Willis', 'Carpenter', 'Lawrence', 'Sandoval', 'Wang', 'Zhang', 'Liu', 'Yamamoto', 'Tanaka', 'Sato', 'Park', 'Choi', 'Singh',
  'Sharma', 'Gupta', 'Khan', 'Ali', 'Hussein', 'Haddad', 'Cohen', 'Levi', 'Friedman', 'Novak', 'Kowalski', 'Nowak', 'Ivanov',
  'Petrov', 'Volkov', 'Shevchenko', 'Kovalenko', 'Muller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Dubois', 'Laurent',
  'Moreau', 'Rossi', 'Russo', 'Bianchi', 'Larsen', 'Nielsen', 'Johansson', 'Lindqvist', 'Okafor', 'Mensah', 'Abdullah', 'Rahman',
  'Nakamura', 'Kobayashi', 'Mehta', 'Iyer', 'Reddy', 'Yilmaz', 'Demir', 'Kaplan', 'Brennan', 'Gallagher', 'Fitzgerald', 'Doyle',
  'Kendall', 'Whitaker', 'Ashford', 'Thornton', 'Holloway', 'Sinclair', 'Prescott', 'Langley', 'Hargrove', 'Whitfield',
];

export const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW'.split('');

export const AUTHOR_RANKS = [
  ['Senior Fellow', 24],
  ['Fellow', 16],
  ['Adjunct Senior Fellow', 18],
  ['Adjunct Fellow', 10],
  ['Research Associate', 12],
  ['Associate Fellow', 8],
  ['Visiting Fellow', 5],
  ['Nonresident Senior Fellow', 5],
  ['Senior Adviser', 2],
];

export const PRIOR_ROLES = [
  'a senior adviser at the Department of Defense', 'a professional staff member on the Senate Armed Services Committee',
  'an analyst at the Central Intelligence Agency', 'a foreign service officer at the Department of State',
  'a director on the National Security Council staff', 'an officer in the U.S. Navy', 'an officer in the U.S. Army',
  'a researcher at a university policy institute', 'a consultant to defense and technology firms', 'an economist at the Treasury Department',
  'a program manager at DARPA', 'a journalist covering national security', 'a legislative aide in the House of Representatives',
  'a policy planner at NATO headquarters', 'an analyst at the Department of Energy',
];

export const UNIVERSITIES = [
  'Georgetown University', 'Johns Hopkins University', 'Harvard University', 'Princeton University', 'Stanford University',
  'the University of Chicago', 'Columbia University', 'Tufts University', 'the Massachusetts Institute of Technology',
  'the University of Oxford', 'King’s College London', 'the London School of Economics', 'Yale University',
  'the University of California, Berkeley', 'George Washington University', 'the U.S. Naval Academy', 'the U.S. Military Academy',
  'Sciences Po', 'the University of Michigan', 'Duke University',
];

export const DEGREES = ['a Ph.D.', 'a master’s degree', 'a J.D.', 'an M.B.A.', 'a bachelor’s degree', 'a doctorate'];

export const OUTLETS = [
  ['Foreign Affairs', 'www.foreignaffairs.com'],
  ['War on the Rocks', 'warontherocks.com'],
  ['Defense One', 'www.defenseone.com'],
  ['Foreign Policy', 'foreignpolicy.com'],
  ['The Hill', 'thehill.com'],
  ['Lawfare', 'www.lawfaremedia.org'],
  ['Breaking Defense', 'breakingdefense.com'],
  ['Politico', 'www.politico.com'],
  ['The New York Times', 'www.nytimes.com'],
  ['The Washington Post', 'www.washingtonpost.com'],
  ['The Wall Street Journal', 'www.wsj.com'],
  ['Financial Times', 'www.ft.com'],
  ['Reuters', 'www.reuters.com'],
  ['Bloomberg', 'www.bloomberg.com'],
  ['NPR', 'www.npr.org'],
  ['CNN', 'www.cnn.com'],
  ['Newsweek', 'www.newsweek.com'],
  ['The Atlantic', 'www.theatlantic.com'],
  ['Defense News', 'www.defensenews.com'],
  ['Nikkei Asia', 'asia.nikkei.com'],
  ['The Economist', 'www.economist.com'],
  ['Associated Press', 'apnews.com'],
  ['The Diplomat', 'thediplomat.com'],
  ['Just Security', 'www.justsecurity.org'],
];
