#!/usr/bin/env node
// Fills a fresh database with a large, realistic think-tank archive for the
// performance benchmark.
//
//   npx tsx scripts/bench/generate.mjs --database <url> [--pieces 100000] [--experts 5000] [--topics 300] [--seed 1]
//
// <url> is file:/abs/path.db (SQLite) or postgresql://user@host:port/dbname. The
// database is dropped and recreated, the app's migrations are applied with
// scripts/db.mjs, and rows are written straight through the drivers
// (better-sqlite3, pg) in large batches; Prisma Client would take an hour.
// Progress goes to stderr, the summary (JSON) to stdout. The benchmark runner
// imports generate() and reads the same summary.
//
// Everything comes from a seeded PRNG (mulberry32), so the same seed gives the
// same rows, ids and slugs. Titles, summaries and bodies are assembled from the
// word lists and templates in ./vocabulary.mjs.
import { fork, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as V from './vocabulary.mjs';
import { rendererVersion } from '../../lib/shared/renderer-version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The archive ends here; published_at is spread over the 25 years before it.
const ARCHIVE_END = Date.UTC(2026, 10, 1);
const ARCHIVE_START = Date.UTC(2001, 10, 1);
const DAY = 86_400_000;
const BATCH = 2000;
const COLD_SAMPLE = 2000;

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed for one independent stream ("authors", "text:42", ...). */
function streamSeed(seed, label) {
  let h = 2166136261; // FNV-1a over the label, then the seed mixed in, then murmur3's finalizer
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  h ^= Math.imul(seed + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  shuffle(list) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = list[i];
      list[i] = list[j];
      list[j] = t;
    }
    return list;
  }
}

/** Cumulative weights, for weighted picks by binary search. */
function sampler(weights) {
  const cum = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) cum[i] = sum += weights[i];
  return { cum, total: sum };
}

function sample(s, rng) {
  const x = rng.next() * s.total;
  let lo = 0;
  let hi = s.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Up to n distinct picks from a weighted sampler. */
function sampleDistinct(s, rng, n, into = []) {
  n = Math.min(n, s.cum.length);
  for (let tries = 0; into.length < n && tries < n * 50; tries++) {
    const k = sample(s, rng);
    if (!into.includes(k)) into.push(k);
  }
  return into;
}

/** Zipf–Mandelbrot weights 1/(rank+q)^s. */
function zipfWeights(n, s, q) {
  const w = new Array(n);
  for (let k = 0; k < n; k++) w[k] = 1 / Math.pow(k + 1 + q, s);
  return w;
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

function slugify(text) {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function shortSlug(text, max = 80) {
  const s = slugify(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs']);

/** "the war in Ukraine" → "the War in Ukraine" (a leading "the" stays lower case inside titles). */
function titleCase(text) {
  return text
    .split(' ')
    .map((w) => (SMALL_WORDS.has(w) ? w : w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-')))
    .join(' ');
}

function capitalize(s) {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
}

function withArticle(phrase) {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** A template "{actor} has ..." compiled to [literal, slotFn, literal, ...] plus a rough word count. */
function compile(template, slots) {
  const parts = template.split(/\{(\w+)\}/);
  for (let i = 1; i < parts.length; i += 2) {
    const fn = slots[parts[i]];
    if (!fn) throw new Error(`unknown slot {${parts[i]}} in template: ${template}`);
    parts[i] = fn;
  }
  const literalWords = template.replace(/\{\w+\}/g, ' ').split(/\s+/).filter(Boolean).length;
  return { parts, words: literalWords + ((parts.length - 1) / 2) * 1.8 };
}

function fill(tpl, ctx) {
  const p = tpl.parts;
  let s = p[0];
  for (let i = 1; i < p.length; i += 2) s += p[i](ctx) + p[i + 1];
  return s;
}

function sqliteDate(ms) {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

function pgDate(ms) {
  return new Date(ms).toISOString().slice(0, 23).replace('T', ' ');
}

// ---------------------------------------------------------------------------
// Vocabulary prepared for the generator
// ---------------------------------------------------------------------------

function prepareVocabulary() {
  const term = V.SEARCH_TERM.toLowerCase().slice(0, 6); // "deterr": the stem both databases index
  const general = {
    ACTORS: V.ACTORS, TITLE_ACTORS: V.TITLE_ACTORS, EVENTS: V.EVENTS, TITLE_TEMPLATES: V.TITLE_TEMPLATES,
    TITLE_TEMPLATES_BY_TYPE: V.TITLE_TEMPLATES_BY_TYPE, DEK_TEMPLATES: V.DEK_TEMPLATES, TRENDS: V.TRENDS, NOUNS: V.NOUNS,
    SENTENCES: V.SENTENCES, SUBHEADINGS: V.SUBHEADINGS, LIST_ITEMS: V.LIST_ITEMS, LINK_SENTENCES: V.LINK_SENTENCES,
    POLICY_TOPICS: V.POLICY_TOPICS, REGIONS: V.REGIONS, ORGS: V.ORGS, PRIOR_ROLES: V.PRIOR_ROLES,
  };
  for (const [name, list] of Object.entries(general)) {
    if (JSON.stringify(list).toLowerCase().includes(term)) {
      throw new Error(`vocabulary.mjs: ${name} contains the search term "${V.SEARCH_TERM}"; only DETERRENCE_SENTENCES may`);
    }
  }
  const issues = [];
  const issuesByProgram = {};
  for (const [program, list] of Object.entries(V.POLICY_TOPICS)) {
    issuesByProgram[program] = [];
    for (const b of list) {
      const issue = { b, t: titleCase(b), program };
      issues.push(issue);
      issuesByProgram[program].push(issue);
    }
  }
  const places = V.REGIONS.map(([raw, program]) => {
    const the = raw.startsWith('the:');
    const name = the ? raw.slice(4) : raw;
    return { name, b: the ? `the ${name}` : name, program };
  });
  return { issues, issuesByProgram, places };
}

// ---------------------------------------------------------------------------
// Reference rows: content types, programs, topics, experts
// ---------------------------------------------------------------------------

function buildTopics(count, seed, vocab) {
  const rng = new Rng(streamSeed(seed, 'topics'));
  const regionCount = Math.max(1, Math.min(Math.round(count * 0.2), count - 1));
  const policyCount = count - regionCount;
  const topics = [];
  const slugs = new Set();
  const add = (name, kind, program, place, issue, description) => {
    let slug = slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    topics.push({ id: `bench_t_${String(topics.length + 1).padStart(4, '0')}`, slug, name, kind, program, place, issue, description });
  };
  const regionDescriptions = [
    (p) => `Security, politics and economics in ${p}, and the interests of the United States and its partners there.`,
    (p) => `Analysis of developments in ${p} and what they mean for regional stability and U.S. policy.`,
    (p) => `Military balance, diplomacy and economic ties shaping the future of ${p}.`,
  ];
  const topicDescriptions = [
    (t) => `Research and commentary on ${t} and the consequences for national security.`,
    (t) => `How debates over ${t} shape the choices facing policymakers in Washington and allied capitals.`,
    (t) => `Analysis of ${t}, from budgets and institutions to strategy and practice.`,
  ];
  // Regions: the first regionCount places (most written-about first), then invented ones if asked for more.
  for (let i = 0; i < regionCount; i++) {
    const place = vocab.places[i] ?? { name: `Region ${i + 1}`, b: `Region ${i + 1}`, program: V.PROGRAMS[i % V.PROGRAMS.length].slug };
    add(place.name, 'REGION', place.program, place, null, rng.pick(regionDescriptions)(place.b));
  }
  // Policy topics: the one carrying the search term, then a seeded selection of the rest.
  const pool = rng.shuffle([...vocab.issues]);
  const deterrence = { b: `nuclear ${V.SEARCH_TERM}`, t: titleCase(`nuclear ${V.SEARCH_TERM}`), program: 'defense' };
  const chosen = [deterrence, ...pool].slice(0, policyCount);
  for (let i = 0; chosen.length < policyCount; i++) {
    const place = vocab.places[i % vocab.places.length];
    const round = Math.floor(i / vocab.places.length);
    const b = `U.S. policy toward ${place.b}${round ? ` ${round + 1}` : ''}`;
    chosen.push({ b, t: titleCase(b), program: place.program });
  }
  for (const issue of chosen) {
    const name = capitalize(titleCase(issue.b.replace(/^the /, '')));
    add(name, 'TOPIC', issue.program, null, issue, rng.pick(topicDescriptions)(issue.b));
  }
  return topics;
}

function buildExperts(count, seed, vocab) {
  const rng = new Rng(streamSeed(seed, 'experts'));
  const programWeights = sampler([16, 20, 20, 12, 22, 10]); // V.PROGRAMS order
  const rankSampler = sampler(V.AUTHOR_RANKS.map(([, w]) => w));
  const names = new Set();
  const slugs = new Set();
  const experts = [];
  for (let i = 0; i < count; i++) {
    let given;
    let family;
    let middle;
    let name;
    for (let tries = 0; ; tries++) {
      given = rng.pick(V.GIVEN_NAMES);
      family = rng.pick(V.FAMILY_NAMES);
      middle = rng.chance(tries > 5 ? 0.9 : 0.22) ? rng.pick(V.MIDDLE_INITIALS) : null;
      name = middle ? `${given} ${middle}. ${family}` : `${given} ${family}`;
      if (!names.has(name) || tries > 50) break;
    }
    names.add(name);
    let slug = slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    const program = rng.chance(0.9) ? V.PROGRAMS[sample(programWeights, rng)] : null;
    const rank = V.AUTHOR_RANKS[sample(rankSampler, rng)][0];
    const title = program ? `${rank}, ${program.name} Program` : rank;
    const focus = program ? vocab.issuesByProgram[program.slug] : vocab.issues;
    const i1 = rng.pick(focus).b;
    let i2 = rng.pick(focus).b;
    if (i2 === i1) i2 = rng.pick(vocab.issues).b;
    const place = rng.pick(vocab.places.filter((p) => !program || p.program === program.slug)) ?? rng.pick(vocab.places);
    const where = program ? `in the ${program.name} Program` : 'at the Center';
    const bio = [
      `${name} is ${withArticle(rank.toLowerCase())} ${where}, with research focused on ${i1}, ${i2} and ${place.b}.`,
      `Previously, ${family} served as ${rng.pick(V.PRIOR_ROLES)}.`,
      ...(rng.chance(0.6) ? [`${family} holds ${rng.pick(V.DEGREES)} from ${rng.pick(V.UNIVERSITIES)}.`] : []),
    ].join(' ');
    const created = Date.UTC(2012, 0, 1) + rng.int(Math.floor((ARCHIVE_END - Date.UTC(2012, 0, 1)) / DAY) - 30) * DAY + (9 + rng.int(9)) * 3_600_000;
    const updated = Math.min(created + rng.int(900) * DAY, ARCHIVE_END - DAY);
    experts.push({
      id: `bench_e_${String(i + 1).padStart(5, '0')}`,
      slug,
      name,
      sortName: middle ? `${family}, ${given} ${middle}.` : `${family}, ${given}`,
      title,
      bio,
      programId: program ? `program_${program.slug}` : null,
      programSlug: program?.slug ?? null,
      created,
      updated,
      pieces: 0,
    });
  }
  return experts;
}

// ---------------------------------------------------------------------------
// Pieces: the plan (metadata) first, text per batch
// ---------------------------------------------------------------------------

function planPieces({ pieces, seed, experts, topics, vocab }) {
  const rng = new Rng(streamSeed(seed, 'plan'));

  // Publication times: a density that grows over the 25 years (older years have
  // about 60% of the average, recent ones about 140%), sorted so ids follow time.
  const a = 0.75;
  const days = Math.floor((ARCHIVE_END - ARCHIVE_START) / DAY);
  const times = new Float64Array(pieces);
  for (let i = 0; i < pieces; i++) {
    const u = rng.next();
    const t = -a + Math.sqrt(a * a + 2 * u * (a + 0.5));
    const day = Math.min(days - 1, Math.floor(t * days));
    times[i] = ARCHIVE_START + day * DAY + (11 + rng.int(12)) * 3_600_000 + rng.int(12) * 300_000;
  }
  times.sort();

  const typeSampler = sampler(V.CONTENT_TYPES.map((t) => t.share));
  const authorCount = sampler([55, 30, 10, 5]);
  const topicCount = sampler([20, 35, 30, 15]);
  const programSampler = sampler([16, 20, 20, 12, 22, 10]);

  // Experts: a seeded order of prolificness, Zipf–Mandelbrot weights (the top
  // expert writes on the order of 1% of bylines, most only a handful).
  const expertOrder = rng.shuffle(experts.map((_, i) => i));
  const expertZipf = zipfWeights(experts.length, 1.05, Math.max(1, experts.length / 250));
  const expertWeights = new Array(experts.length);
  expertOrder.forEach((e, rank) => (expertWeights[e] = expertZipf[rank]));
  const expertSampler = sampler(expertWeights);

  // Topics: popularity is skewed too, and pieces lean toward their program's topics.
  const regionIdx = topics.map((t, i) => (t.kind === 'REGION' ? i : -1)).filter((i) => i >= 0);
  const policyIdx = topics.map((t, i) => (t.kind === 'TOPIC' ? i : -1)).filter((i) => i >= 0);
  const weighted = (idx) => {
    const order = rng.shuffle([...idx.keys()]);
    const z = zipfWeights(idx.length, 0.8, 2);
    const w = new Array(idx.length);
    order.forEach((k, rank) => (w[k] = z[rank]));
    return { idx, s: sampler(w), w };
  };
  const regionPick = weighted(regionIdx);
  const policyPick = weighted(policyIdx);
  const byProgram = (pick) =>
    Object.fromEntries(
      V.PROGRAMS.map((p) => {
        const keep = pick.idx.map((t, k) => (topics[t].program === p.slug ? k : -1)).filter((k) => k >= 0);
        return [p.slug, keep.length ? { idx: keep.map((k) => pick.idx[k]), s: sampler(keep.map((k) => pick.w[k])) } : pick];
      }),
    );
  const regionByProgram = byProgram(regionPick);
  const policyByProgram = byProgram(policyPick);
  const deterrenceTopic = topics.findIndex((t) => t.kind === 'TOPIC' && t.name.toLowerCase().includes(V.SEARCH_TERM));

  const slugs = new Set();
  const plan = new Array(pieces);
  const titleSlots = makeTitleSlots(vocab);
  const titleTemplates = V.TITLE_TEMPLATES.map((t) => compile(t, titleSlots));
  const subtitles = V.SUBTITLES.map((t) => compile(t, titleSlots));
  const subtitlesWithoutPlace = subtitles.filter((t) => !t.parts.includes(titleSlots.Place));
  const titleByType = Object.fromEntries(Object.entries(V.TITLE_TEMPLATES_BY_TYPE).map(([k, l]) => [k, l.map((t) => compile(t, titleSlots))]));
  const typeSpecificShare = { testimony: 0.9, podcast: 0.85, 'press-release': 0.9, 'in-the-news': 0.45 };

  for (let i = 0; i < pieces; i++) {
    const type = V.CONTENT_TYPES[sample(typeSampler, rng)];
    const r = rng.next();
    const status = r < 0.97 ? 'PUBLISHED' : r < 0.982 ? 'DRAFT' : r < 0.992 ? 'UNPUBLISHED' : 'IN_REVIEW';
    const unpublishedYet = status === 'DRAFT' || status === 'IN_REVIEW';
    // Work in progress was started recently, whatever slot of the timeline it drew.
    const when = unpublishedYet ? ARCHIVE_END - (1 + rng.int(300)) * DAY + rng.int(10) * 3_600_000 : times[i];

    const authors = sampleDistinct(expertSampler, rng, sample(authorCount, rng) + 1);
    for (const e of authors) experts[e].pieces++;
    const lead = experts[authors[0]];
    const program1 = lead.programSlug ?? V.PROGRAMS[sample(programSampler, rng)].slug;
    const programs = [program1];
    if (rng.chance(0.25)) {
      const p2 = V.PROGRAMS[sample(programSampler, rng)].slug;
      if (p2 !== program1) programs.push(p2);
    }

    const nTopics = sample(topicCount, rng) + 1;
    const topicIdx = [];
    if (regionIdx.length && rng.chance(nTopics >= 2 ? 0.65 : 0.2)) {
      const src = rng.chance(0.6) ? regionByProgram[program1] : regionPick;
      topicIdx.push(src.idx[sample(src.s, rng)]);
    }
    for (let tries = 0; topicIdx.length < nTopics && tries < 40; tries++) {
      const src = rng.chance(0.55) ? policyByProgram[program1] : policyPick;
      const t = src.idx[sample(src.s, rng)];
      if (!topicIdx.includes(t)) topicIdx.push(t);
    }

    const hasDeterrenceTopic = topicIdx.includes(deterrenceTopic);
    const hawkish = program1 === 'defense' || program1 === 'transatlantic-security' || program1 === 'indo-pacific-security';
    const deterrence = rng.chance(hasDeterrenceTopic ? 0.6 : hawkish ? 0.05 : 0.018);

    // What the piece is about: its first policy topic and its region, if any.
    const policy = topicIdx.map((t) => topics[t]).find((t) => t.kind === 'TOPIC');
    const region = topicIdx.map((t) => topics[t]).find((t) => t.kind === 'REGION');
    let issue = policy && rng.chance(0.75) ? policy.issue : rng.pick(vocab.issuesByProgram[program1]);
    if (deterrence && rng.chance(0.3)) issue = { b: V.SEARCH_TERM, t: titleCase(V.SEARCH_TERM), program: 'defense' };
    const place = region?.place ?? rng.pick(vocab.places);

    const ctx = { rng, issue, place, year: new Date(when).getUTCFullYear() };
    const specific = titleByType[type.slug];
    const tpl = specific && rng.chance(typeSpecificShare[type.slug]) ? rng.pick(specific) : rng.pick(titleTemplates);
    // Short generic titles (one slot: always; two: mostly) get a subtitle, as real ones often
    // do; otherwise the same few hundred titles would repeat across 100,000 pieces.
    const subtitle =
      !specific?.includes(tpl) && tpl.parts.length <= 5 && (tpl.parts.length <= 3 || rng.chance(0.75))
        ? `: ${fill(rng.pick(tpl.parts.includes(titleSlots.Place) ? subtitlesWithoutPlace : subtitles), ctx)}`
        : '';
    const title = capitalize(fill(tpl, ctx)) + subtitle;
    const base = shortSlug(title);
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);

    let outlet = null;
    const outletShare = type.slug === 'in-the-news' ? 0.95 : type.slug === 'commentary' ? 0.35 : type.slug === 'article' ? 0.05 : 0;
    if (outletShare && rng.chance(outletShare)) {
      const [name, host] = rng.pick(V.OUTLETS);
      const d = new Date(when);
      outlet = { name, url: `https://${host}/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${slug}/` };
    }

    plan[i] = {
      index: i,
      id: `bench_a_${String(i + 1).padStart(6, '0')}`,
      slug,
      title,
      type: type.slug,
      status,
      publishedAt: unpublishedYet ? null : when,
      createdAt: when - (1 + rng.int(20)) * DAY - rng.int(8) * 3_600_000,
      updatedAt: unpublishedYet ? when : Math.min(when + (rng.chance(0.3) ? rng.int(60) : 0) * DAY + rng.int(4) * 3_600_000, ARCHIVE_END + 20 * DAY),
      featured: status === 'PUBLISHED' && rng.chance(0.02),
      outlet,
      authors,
      topics: topicIdx,
      programs,
      deterrence,
      issue,
      place,
    };
  }
  return plan;
}

function makeTitleSlots(vocab) {
  const pickIssueT = (c) => c.rng.pick(vocab.issues).t;
  return {
    Actor: (c) => c.rng.pick(V.TITLE_ACTORS),
    Issue: (c) => c.issue.t,
    Issue2: (c) => {
      const t = pickIssueT(c);
      return t === c.issue.t ? pickIssueT(c) : t;
    },
    Place: (c) => c.place.b,
    Event: (c) => c.rng.pick(V.EVENTS),
    Adj: (c) => c.rng.pick(V.TITLE_ADJECTIVES),
    Verb: (c) => c.rng.pick(V.TITLE_VERBS),
    Number: (c) => c.rng.pick(V.NUMBER_WORDS),
    Guest: (c) => `${c.rng.pick(V.GIVEN_NAMES)} ${c.rng.pick(V.FAMILY_NAMES)}`,
    Episode: (c) => String(1 + c.rng.int(400)),
    Rank: (c) => c.rng.pick(V.GUEST_ROLES),
    Year: (c) => String(c.year),
  };
}

function makeTextGenerator(vocab) {
  const { issues, places } = vocab;
  const slots = {
    actor: (c) => c.rng.pick(V.ACTORS),
    issue: (c) => (c.rng.next() < 0.35 ? c.issue.b : c.rng.pick(issues).b),
    issue2: (c) => c.rng.pick(issues).b,
    place: (c) => (c.rng.next() < 0.4 ? c.place.b : c.rng.pick(places).b),
    Place: (c) => c.place.b,
    trend: (c) => c.rng.pick(V.TRENDS),
    noun: (c) => c.rng.pick(V.NOUNS),
    noun2: (c) => c.rng.pick(V.NOUNS),
    verb: (c) => c.rng.pick(V.VERBS),
    adj: (c) => c.rng.pick(V.ADJECTIVES),
    time: (c) => c.rng.pick(V.TIMES),
    org: (c) => c.rng.pick(V.ORGS),
    qty: (c) => c.rng.pick(V.QUANTITIES),
    pct: (c) => c.rng.pick(V.PERCENTS),
    year: (c) => String(Math.max(1995, c.year - 1 - c.rng.int(8))),
    url: (c) => `https://example.org/${c.rng.pick(['research', 'reports', 'analysis', 'data'])}/${slugify(c.rng.pick(issues).b)}-${c.year - c.rng.int(4)}`,
    Actor: (c) => capitalize(c.rng.pick(V.ACTORS)),
  };
  const T = (list) => list.map((t) => compile(t, slots));
  const sentences = T(V.SENTENCES);
  const deterrence = T(V.DETERRENCE_SENTENCES);
  const links = T(V.LINK_SENTENCES);
  const deks = T(V.DEK_TEMPLATES);
  const headings = T(V.SUBHEADINGS);
  const listItems = T(V.LIST_ITEMS);
  const used = new Uint8Array(sentences.length);
  // A sentence template not yet used in this body, when one turns up within a few tries.
  const freshSentence = (rng) => {
    let k = rng.int(sentences.length);
    for (let tries = 0; used[k] && tries < 4; tries++) k = rng.int(sentences.length);
    used[k] = 1;
    return sentences[k];
  };

  function body(ctx, type) {
    const { rng } = ctx;
    const target = 300 + Math.floor(1200 * Math.pow(rng.next(), 2.75)); // 300–1,500 words; with the last paragraph, mean ≈ 650
    const out = [];
    let words = 0;
    let paras = 0;
    let sinceHeading = 0;
    let detLeft = ctx.deterrence ? 1 + rng.int(3) : 0;
    let detUsed = false;
    let linkLeft = rng.chance(0.2);
    let boldLeft = rng.chance(0.12);
    let listLeft = type === 'podcast' || rng.chance(0.12);
    used.fill(0);
    while (words < target) {
      if (paras >= 2 && sinceHeading >= 2 && target > 450 && rng.chance(0.2)) {
        out.push(`## ${capitalize(fill(rng.pick(headings), ctx))}`);
        sinceHeading = 0;
      }
      if (listLeft && paras >= 1 && rng.chance(0.35)) {
        const intro = type === 'podcast' ? 'Topics covered in this episode include:' : rng.pick(V.LIST_INTROS.filter((l) => !l.includes('episode')));
        const n = 3 + rng.int(3);
        const items = [];
        for (let tries = 0; items.length < n && tries < n * 4; tries++) {
          const item = `- ${fill(rng.pick(listItems), ctx)}`;
          if (!items.includes(item)) items.push(item);
        }
        out.push(intro, items.join('\n'));
        words += 6 + items.length * 6;
        listLeft = false;
        paras++;
        sinceHeading++;
        continue;
      }
      const n = 3 + rng.int(4);
      let p = '';
      for (let k = 0; k < n; k++) {
        let tpl;
        if (detLeft > 0 && rng.chance(0.2)) {
          tpl = rng.pick(deterrence);
          detLeft--;
          detUsed = true;
        } else if (linkLeft && paras >= 1 && rng.chance(0.25)) {
          tpl = rng.pick(links);
          linkLeft = false;
        } else {
          tpl = freshSentence(rng);
        }
        p += (k ? ' ' : '') + capitalize(fill(tpl, ctx));
        words += tpl.words;
      }
      if (boldLeft && paras >= 1 && rng.chance(0.3)) {
        p = `**${rng.pick(V.BOLD_LEADS)}** ${p}`;
        boldLeft = false;
      }
      out.push(p);
      paras++;
      sinceHeading++;
    }
    if (ctx.deterrence && !detUsed) out[out.length - 1] += ` ${capitalize(fill(rng.pick(deterrence), ctx))}`;
    return out.join('\n\n');
  }

  return {
    piece(p, seed) {
      const rng = new Rng(streamSeed(seed, `text:${p.id}`));
      const ctx = { rng, issue: p.issue, place: p.place, deterrence: p.deterrence, year: new Date(p.publishedAt ?? p.createdAt).getUTCFullYear() };
      const dek = capitalize(fill(rng.pick(deks), ctx));
      const pullQuote =
        (p.type === 'commentary' || p.type === 'article' || p.type === 'report') && rng.chance(0.2) ? capitalize(fill(rng.pick(sentences), ctx)) : null;
      return { dek, body: body(ctx, p.type), pullQuote };
    },
  };
}

// ---------------------------------------------------------------------------
// Database plumbing
// ---------------------------------------------------------------------------

function parseTarget(url) {
  if (!url) throw new Error('--database <url> is required (file:/abs/path.db or postgresql://...)');
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    return { kind: 'sqlite', url, file: path.isAbsolute(file) ? file : path.resolve(root, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const u = new URL(url);
    const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`unsupported PostgreSQL database name "${name}"`);
    if (name === 'postgres' || name.startsWith('template')) throw new Error(`refusing to recreate the "${name}" database`);
    const admin = new URL(url);
    admin.pathname = '/postgres';
    return { kind: 'postgres', url, name, adminUrl: admin.toString() };
  }
  throw new Error(`--database must start with file:, postgres:// or postgresql:// (got "${url}")`);
}

async function recreateDatabase(target) {
  if (target.kind === 'sqlite') {
    for (const f of [target.file, `${target.file}-wal`, `${target.file}-shm`, `${target.file}-journal`]) rmSync(f, { force: true });
    mkdirSync(path.dirname(target.file), { recursive: true });
    return;
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: target.adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${target.name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${target.name}"`);
  } finally {
    await client.end();
  }
}

function applyMigrations(target) {
  const res = spawnSync(process.execPath, [path.join(root, 'scripts', 'db.mjs'), 'migrate:apply'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (res.stdout.trim()) process.stderr.write(`${res.stdout.trim().replace(/^/gm, '[migrate] ')}\n`);
  if (res.status !== 0) throw new Error(`node scripts/db.mjs migrate:apply failed (exit ${res.status ?? res.signal})`);
}

async function openSqlite(target) {
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(target.file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF'); // rows are consistent by construction; checked at the end
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
  const st = {
    type: db.prepare('INSERT INTO content_types (id, slug, name, plural_name, sort_order) VALUES (?, ?, ?, ?, ?)'),
    program: db.prepare('INSERT INTO programs (id, slug, name, description) VALUES (?, ?, ?, ?)'),
    topic: db.prepare('INSERT INTO topics (id, slug, name, kind, description) VALUES (?, ?, ?, ?, ?)'),
    author: db.prepare(
      'INSERT INTO authors (id, slug, name, sort_name, title, bio, photo_url, photo_alt, program_id, user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, NULL, ?, ?)',
    ),
    article: db.prepare(
      `INSERT INTO articles (id, slug, title, dek, body, pull_quote, type_id, status, published_at, featured, outlet_name, outlet_url, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ),
    articleAuthor: db.prepare('INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)'),
    articleTopic: db.prepare('INSERT INTO article_topics (article_id, topic_id) VALUES (?, ?)'),
    articleProgram: db.prepare('INSERT INTO article_programs (article_id, program_id, position) VALUES (?, ?, ?)'),
    renderedBody: db.prepare('INSERT INTO rendered_bodies (article_id, version, renderer, html) VALUES (?, 1, ?, ?)'),
  };
  const writeReference = db.transaction(({ types, programs, topics, experts }) => {
    for (const t of types) st.type.run(t.id, t.slug, t.name, t.pluralName, t.sortOrder);
    for (const p of programs) st.program.run(p.id, p.slug, p.name, p.description);
    for (const t of topics) st.topic.run(t.id, t.slug, t.name, t.kind, t.description);
    for (const e of experts) st.author.run(e.id, e.slug, e.name, e.sortName, e.title, e.bio, e.programId, sqliteDate(e.created), sqliteDate(e.updated));
  });
  const writeBatch = db.transaction((rows) => {
    for (const r of rows) {
      st.article.run(
        r.id, r.slug, r.title, r.dek, r.body, r.pullQuote, r.typeId, r.status,
        r.publishedAt == null ? null : sqliteDate(r.publishedAt), r.featured ? 1 : 0,
        r.outletName, r.outletUrl, sqliteDate(r.createdAt), sqliteDate(r.updatedAt),
      );
    }
    for (const r of rows) {
      r.authorIds.forEach((a, pos) => st.articleAuthor.run(r.id, a, pos));
      for (const t of r.topicIds) st.articleTopic.run(r.id, t);
      r.programIds.forEach((p, pos) => st.articleProgram.run(r.id, p, pos));
      st.renderedBody.run(r.id, RENDERER, r.bodyHtml);
    }
  });
  return {
    kind: 'sqlite',
    async writeReference(data) {
      writeReference(data);
    },
    async writeBatch(rows) {
      writeBatch(rows);
    },
    async prepareLoad() {},
    async flush() {},
    async buildSearchIndex() {
      // The search migration's INSERT, with people in byline order as lib/shared/search-index.ts writes them.
      // A larger in-memory buffer during the build means fewer, larger segments to merge (about
      // twice as fast); the setting is stored with the table, so it is put back to the default after.
      db.exec(`INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ${64 * 1024 * 1024})`);
      // Facet words as the migration 20261203070000_search_facets builds them (lib/shared/search-facets.ts).
      db.exec(`INSERT INTO "article_search" (article_id, title, dek, body, people, topics, facets)
        SELECT a.id, a.title, a.dek, a.body,
               COALESCE((SELECT group_concat(name, ' ') FROM (SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id ORDER BY aa.position)), ''),
               COALESCE((SELECT group_concat(t.name, ' ') FROM article_topics at JOIN topics t ON t.id = at.topic_id WHERE at.article_id = a.id), ''),
               '1' || lower(hex((SELECT slug FROM content_types ct WHERE ct.id = a.type_id)))
               || CASE WHEN a.published_at IS NULL THEN '' ELSE ' 4' || lower(hex(
                    CASE WHEN typeof(a.published_at) = 'integer' THEN strftime('%Y', a.published_at / 1000, 'unixepoch') ELSE strftime('%Y', a.published_at) END)) END
               || COALESCE((SELECT ' ' || group_concat('2' || lower(hex(t.slug)), ' ') FROM article_topics x JOIN topics t ON t.id = x.topic_id WHERE x.article_id = a.id), '')
               || COALESCE((SELECT ' ' || group_concat('3' || lower(hex(p.slug)), ' ') FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE x.article_id = a.id), '')
        FROM articles a WHERE a.status IN ('PUBLISHED', 'SCHEDULED') ORDER BY a.rowid`);
      db.exec(`INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ${1024 * 1024})`);
      db.exec('INSERT INTO article_search_rowid (article_id, search_rowid) SELECT article_id, rowid FROM article_search');
      // Then drop the stored setting so the table is exactly as the migration left it
      // (shadow tables are writable only outside better-sqlite3's defensive mode).
      db.unsafeMode(true);
      db.exec(`DELETE FROM article_search_config WHERE k = 'hashsize'`);
      db.unsafeMode(false);
    },
    async finalize() {
      const bad = db.prepare('PRAGMA foreign_key_check').all();
      if (bad.length) throw new Error(`foreign key violations after load: ${JSON.stringify(bad.slice(0, 5))}`);
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = FULL');
      db.exec('ANALYZE');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async query(sql, params = []) {
      return db.prepare(sql.replace(/\$\d+/g, '?')).all(...params);
    },
    async searchHits(term) {
      const q = `"${term}"`;
      const all = db.prepare('SELECT count(*) AS n FROM article_search WHERE article_search MATCH ?').get(q).n;
      const published = db
        .prepare("SELECT count(*) AS n FROM article_search s JOIN articles a ON a.id = s.article_id WHERE article_search MATCH ? AND a.status = 'PUBLISHED'")
        .get(q).n;
      return { all, published };
    },
    async size() {
      let bytes = 0;
      for (const f of [target.file, `${target.file}-wal`]) if (existsSync(f)) bytes += statSync(f).size;
      return bytes;
    },
    async close() {
      db.close();
    },
  };
}

// Same names and definitions as the search migrations' indexes.
const SEARCH_INDEXES = { article_search_document_idx: 'document', article_search_head_idx: 'head', article_search_facets_idx: 'facets' };

async function openPostgres(target) {
  const pg = (await import('pg')).default;
  const connect = async () => {
    const c = new pg.Client({ connectionString: target.url });
    await c.connect();
    await c.query('SET synchronous_commit = off');
    return c;
  };
  const client = await connect();
  // article_search is filled batch by batch behind the articles, on connections of
  // its own: its GENERATED tsvector column (to_tsvector over every body) is the most
  // CPU-hungry part of the load. One worker runs while articles are still being
  // written (that leaves a core for this process and the writer), a second joins
  // once they are all in.
  let mainChain = Promise.resolve();
  const inflight = [];
  const searchJobs = [];
  const searchConnections = [];
  const searchWorkers = [];
  let wakers = [];
  let loadDone = false;
  const wake = () => {
    for (const w of wakers.splice(0)) w();
  };
  const startSearchWorker = async () => {
    const conn = await connect();
    searchConnections.push(conn);
    const run = (async () => {
      for (;;) {
        const job = searchJobs.shift();
        if (!job) {
          if (loadDone) return;
          await new Promise((resolve) => wakers.push(resolve));
          continue;
        }
        await job.written;
        await conn.query(insertSearch, job.range);
      }
    })();
    run.catch(() => {}); // surfaced by buildSearchIndex()
    searchWorkers.push(run);
  };
  // The search index's rows (public pieces only, as lib/shared/search-index.ts keeps it), for one batch of ids.
  // Facet words as the migration 20261203070000_search_facets builds them (lib/shared/search-facets.ts).
  const insertSearch = `INSERT INTO "article_search" ("article_id", "title", "dek", "body", "people", "topics", "facets")
    SELECT a.id, a.title, a.dek, a.body,
           COALESCE((SELECT string_agg(au.name, ' ' ORDER BY aa.position) FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id), ''),
           COALESCE((SELECT string_agg(t.name, ' ') FROM article_topics at JOIN topics t ON t.id = at.topic_id WHERE at.article_id = a.id), ''),
           ARRAY['1' || encode(convert_to((SELECT slug FROM content_types ct WHERE ct.id = a.type_id), 'UTF8'), 'hex')]
           || CASE WHEN a.published_at IS NULL THEN '{}'::text[] ELSE ARRAY['4' || encode(convert_to(extract(year FROM a.published_at)::int::text, 'UTF8'), 'hex')] END
           || COALESCE((SELECT array_agg('2' || encode(convert_to(t.slug, 'UTF8'), 'hex')) FROM article_topics x JOIN topics t ON t.id = x.topic_id WHERE x.article_id = a.id), '{}')
           || COALESCE((SELECT array_agg('3' || encode(convert_to(p.slug, 'UTF8'), 'hex')) FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE x.article_id = a.id), '{}')
    FROM articles a WHERE a.id BETWEEN $1 AND $2 AND a.status IN ('PUBLISHED', 'SCHEDULED') ORDER BY a.id`;
  const insertArticles = `INSERT INTO articles (id, slug, title, dek, body, pull_quote, type_id, status, published_at, featured, outlet_name, outlet_url, version, created_at, updated_at)
    SELECT id, slug, title, dek, body, pull_quote, type_id, status::"ArticleStatus", published_at, featured, outlet_name, outlet_url, 1, created_at, updated_at
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamp(3)[], $10::bool[], $11::text[], $12::text[], $13::timestamp(3)[], $14::timestamp(3)[])
      AS t(id, slug, title, dek, body, pull_quote, type_id, status, published_at, featured, outlet_name, outlet_url, created_at, updated_at)`;
  const columns = (rows, fns) => fns.map((f) => rows.map(f));
  return {
    kind: 'postgres',
    async prepareLoad() {
      // The GIN indexes are far cheaper to build once at the end than to maintain row by row.
      for (const name of Object.keys(SEARCH_INDEXES)) await client.query(`DROP INDEX IF EXISTS "${name}"`);
      await startSearchWorker();
    },
    async writeReference({ types, programs, topics, experts }) {
      await client.query('BEGIN');
      for (const t of types) {
        await client.query('INSERT INTO content_types (id, slug, name, plural_name, sort_order) VALUES ($1, $2, $3, $4, $5)', [t.id, t.slug, t.name, t.pluralName, t.sortOrder]);
      }
      for (const p of programs) await client.query('INSERT INTO programs (id, slug, name, description) VALUES ($1, $2, $3, $4)', [p.id, p.slug, p.name, p.description]);
      await client.query(
        'INSERT INTO topics (id, slug, name, kind, description) SELECT id, slug, name, kind::"TopicKind", description FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, slug, name, kind, description)',
        columns(topics, [(t) => t.id, (t) => t.slug, (t) => t.name, (t) => t.kind, (t) => t.description]),
      );
      for (let i = 0; i < experts.length; i += BATCH) {
        await client.query(
          `INSERT INTO authors (id, slug, name, sort_name, title, bio, program_id, created_at, updated_at)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamp(3)[], $9::timestamp(3)[])`,
          columns(experts.slice(i, i + BATCH), [
            (e) => e.id, (e) => e.slug, (e) => e.name, (e) => e.sortName, (e) => e.title, (e) => e.bio, (e) => e.programId,
            (e) => pgDate(e.created), (e) => pgDate(e.updated),
          ]),
        );
      }
      await client.query('COMMIT');
    },
    async writeBatch(rows) {
      const aa = [[], [], []];
      const at = [[], []];
      const ap = [[], [], []];
      for (const r of rows) {
        r.authorIds.forEach((a, pos) => (aa[0].push(r.id), aa[1].push(a), aa[2].push(pos)));
        for (const t of r.topicIds) at[0].push(r.id), at[1].push(t);
        r.programIds.forEach((p, pos) => (ap[0].push(r.id), ap[1].push(p), ap[2].push(pos)));
      }
      const params = columns(rows, [
        (r) => r.id, (r) => r.slug, (r) => r.title, (r) => r.dek, (r) => r.body, (r) => r.pullQuote, (r) => r.typeId, (r) => r.status,
        (r) => (r.publishedAt == null ? null : pgDate(r.publishedAt)), (r) => r.featured, (r) => r.outletName, (r) => r.outletUrl,
        (r) => pgDate(r.createdAt), (r) => pgDate(r.updatedAt),
      ]);
      // Queries are chained, never queued on a busy client; at most two batches are in
      // flight, so the next one is generated while PostgreSQL writes the last.
      const written = mainChain.then(async () => {
        await client.query(insertArticles, params);
        await client.query('INSERT INTO article_authors (article_id, author_id, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])', aa);
        await client.query('INSERT INTO article_topics (article_id, topic_id) SELECT * FROM unnest($1::text[], $2::text[])', at);
        await client.query('INSERT INTO article_programs (article_id, program_id, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])', ap);
        await client.query('INSERT INTO rendered_bodies (article_id, version, renderer, html) SELECT id, 1, $2, html FROM unnest($1::text[], $3::text[]) AS t(id, html)', [rows.map((r) => r.id), RENDERER, rows.map((r) => r.bodyHtml)]);
      });
      mainChain = written;
      written.catch(() => {}); // surfaced by the awaits below and by flush()
      searchJobs.push({ written, range: [rows[0].id, rows.at(-1).id] });
      wake();
      inflight.push(written);
      while (inflight.length > 2) await inflight.shift();
    },
    async flush() {
      inflight.length = 0;
      await mainChain;
      loadDone = true;
      await startSearchWorker();
      wake();
    },
    async buildSearchIndex() {
      await Promise.all(searchWorkers);
      for (const c of searchConnections.splice(0)) await c.end();
      await client.query("SET maintenance_work_mem = '1GB'");
      for (const [name, column] of Object.entries(SEARCH_INDEXES)) await client.query(`CREATE INDEX "${name}" ON "article_search" USING GIN ("${column}")`);
      await client.query('RESET maintenance_work_mem');
    },
    async finalize() {
      await client.query('VACUUM (ANALYZE)');
    },
    async query(sql, params = []) {
      return (await client.query(sql, params)).rows;
    },
    async searchHits(term) {
      const [{ all, published }] = (
        await client.query(
          `SELECT count(*)::int AS all, count(*) FILTER (WHERE a.status = 'PUBLISHED')::int AS published
           FROM article_search s JOIN articles a ON a.id = s.article_id WHERE s.document @@ websearch_to_tsquery('english', $1)`,
          [term],
        )
      ).rows;
      return { all, published };
    },
    async size() {
      return Number((await client.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
    },
    async close() {
      loadDone = true;
      wake();
      for (const c of searchConnections.splice(0)) await c.end().catch(() => {});
      await client.end();
    },
  };
}

// ---------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------

export async function generate({ database, pieces = 100_000, experts = 5_000, topics = 300, seed = 1, log = (m) => process.stderr.write(`[bench-gen] ${m}\n`) } = {}) {
  for (const [k, v] of Object.entries({ pieces, experts, topics, seed })) {
    if (!Number.isInteger(v) || v < (k === 'seed' ? 0 : 1)) throw new Error(`--${k} must be a ${k === 'seed' ? 'non-negative' : 'positive'} integer (got ${v})`);
  }
  if (topics < 2) throw new Error('--topics must be at least 2 (one region and one policy topic)');
  if (pieces > 999_999) throw new Error('--pieces is limited to 999999 (ids are bench_a_NNNNNN)');
  const target = parseTarget(database);
  const t0 = performance.now();
  const timings = {};
  let mark = t0;
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    mark = now;
  };

  log(`${target.kind}: recreating ${target.kind === 'sqlite' ? target.file : target.name}`);
  await recreateDatabase(target);
  lap('createDatabaseMs');
  applyMigrations(target);
  lap('migrateMs');

  const vocab = prepareVocabulary();
  const types = V.CONTENT_TYPES.map((t) => ({ id: `type_${t.slug}`, ...t }));
  const programs = V.PROGRAMS.map((p) => ({ id: `program_${p.slug}`, ...p }));
  const topicRows = buildTopics(topics, seed, vocab);
  const expertRows = buildExperts(experts, seed, vocab);
  const plan = planPieces({ pieces, seed, experts: expertRows, topics: topicRows, vocab });
  lap('planMs');
  log(`planned ${pieces} pieces, ${experts} experts, ${topics} topics (${timings.planMs} ms)`);

  const db = target.kind === 'sqlite' ? await openSqlite(target) : await openPostgres(target);
  let renderer;
  try {
    await db.writeReference({ types, programs, topics: topicRows, experts: expertRows });
    await db.prepareLoad();
    const text = makeTextGenerator(vocab);
    renderer = startRenderers();
    let renderMs = 0;
    let textMs = 0;
    let textBytes = 0;
    let sampledBodies = 0;
    let sampledWords = 0;
    const loadStart = performance.now();
    let nextReport = 10_000;
    for (let i = 0; i < pieces; i += BATCH) {
      const g0 = performance.now();
      const rows = [];
      for (const p of plan.slice(i, i + BATCH)) {
        const { dek, body, pullQuote } = text.piece(p, seed);
        textBytes += body.length;
        if (p.index % 50 === 0) {
          sampledBodies++;
          sampledWords += body.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
        }
        rows.push({
          id: p.id,
          slug: p.slug,
          title: p.title,
          dek,
          body,
          pullQuote,
          typeId: `type_${p.type}`,
          status: p.status,
          publishedAt: p.publishedAt,
          featured: p.featured,
          outletName: p.outlet?.name ?? null,
          outletUrl: p.outlet?.url ?? null,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
          authorIds: p.authors.map((e) => expertRows[e].id),
          topicIds: p.topics.map((t) => topicRows[t].id),
          programIds: p.programs.map((s) => `program_${s}`),
        });
      }
      textMs += performance.now() - g0;
      const r0 = performance.now();
      const html = await renderer.render(rows.map((r) => r.body));
      renderMs += performance.now() - r0;
      rows.forEach((r, k) => (r.bodyHtml = html[k]));
      await db.writeBatch(rows);
      const done = Math.min(i + BATCH, pieces);
      if (done >= nextReport || done === pieces) {
        log(`${done}/${pieces} pieces written (${((performance.now() - loadStart) / 1000).toFixed(1)} s, text ${(textBytes / 1e6).toFixed(0)} MB)`);
        while (nextReport <= done) nextReport += 10_000;
      }
    }
    await db.flush();
    lap('loadMs');
    timings.textGenerationMs = Math.round(textMs);
    timings.bodyRenderingMs = Math.round(renderMs);
    log(`articles loaded (${(timings.loadMs / 1000).toFixed(1)} s); ${target.kind === 'sqlite' ? 'building' : 'finishing'} the search index`);

    await db.buildSearchIndex();
    lap('searchIndexMs');
    log(`search index built (${(timings.searchIndexMs / 1000).toFixed(1)} s); analyzing`);
    await db.finalize();
    lap('finalizeMs');

    // --- the summary ---
    const counts = {};
    for (const table of ['content_types', 'programs', 'topics', 'authors', 'articles', 'article_authors', 'article_topics', 'article_programs', 'article_search']) {
      counts[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    }
    const byStatus = {};
    for (const p of plan) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
    const byType = {};
    for (const p of plan) byType[p.type] = (byType[p.type] ?? 0) + 1;

    const top = expertRows.reduce((best, e) => (e.pieces > best.pieces ? e : best), expertRows[0]);
    const published = plan.filter((p) => p.status === 'PUBLISHED');
    const coldRng = new Rng(streamSeed(seed, 'cold'));
    const cold = coldRng.shuffle(published.map((p) => p.slug)).slice(0, COLD_SAMPLE);

    // Warm piece: recent, two or more experts and topics, led by a moderately
    // prolific expert, so its page has a full byline and a real related list.
    const isWarm = (p, min, max) =>
      p.status === 'PUBLISHED' && p.authors.length >= 2 && p.topics.length >= 2 && expertRows[p.authors[0]].pieces >= min && expertRows[p.authors[0]].pieces <= max;
    const warm =
      [...published].reverse().find((p) => isWarm(p, 20, 300)) ?? [...published].reverse().find((p) => isWarm(p, 1, Infinity)) ?? published.at(-1);

    const topicUse = new Array(topicRows.length).fill(0);
    for (const p of plan) for (const t of p.topics) topicUse[t]++;
    const busiest = (kind) => topicRows.reduce((best, t, i) => (t.kind === kind && (best < 0 || topicUse[i] > topicUse[best]) ? i : best), -1);
    const popularTopic = busiest('TOPIC');
    const popularRegion = busiest('REGION');
    const sorted = expertRows.map((e) => e.pieces).sort((x, y) => y - x);

    const summary = {
      database: target.kind,
      target: target.kind === 'sqlite' ? target.file : target.name,
      seed,
      parameters: { pieces, experts, topics },
      counts: {
        ...counts,
        published: byStatus.PUBLISHED ?? 0,
        byStatus,
        byType,
        featured: plan.filter((p) => p.featured).length,
        withOutlet: plan.filter((p) => p.outlet).length,
        regions: topicRows.filter((t) => t.kind === 'REGION').length,
        bodyMegabytes: Math.round(textBytes / 1e5) / 10,
        averageBodyWords: Math.round(sampledWords / Math.max(1, sampledBodies)), // every 50th body, counted exactly
      },
      expertPieces: { max: sorted[0], top10: sorted.slice(0, 10), median: sorted[Math.floor(sorted.length / 2)], withNone: sorted.filter((n) => n === 0).length },
      prolificExpert: { slug: top.slug, name: top.name, pieces: top.pieces },
      warmArticleSlug: warm?.slug ?? null,
      warmArticle: warm ? { slug: warm.slug, authors: warm.authors.length, topics: warm.topics.length, leadExpertPieces: expertRows[warm.authors[0]].pieces } : null,
      popularTopicSlug: popularTopic >= 0 ? topicRows[popularTopic].slug : null,
      popularRegionSlug: popularRegion >= 0 ? topicRows[popularRegion].slug : null,
      searchTerm: V.SEARCH_TERM,
      searchHits: await db.searchHits(V.SEARCH_TERM),
      sizeBytes: await db.size(),
      timings: { ...timings, totalMs: Math.round(performance.now() - t0) },
      coldArticleSlugs: cold,
    };
    log(
      `done in ${(summary.timings.totalMs / 1000).toFixed(1)} s: ${counts.articles} pieces, ${(summary.sizeBytes / 1e6).toFixed(0)} MB, ` +
        `"${V.SEARCH_TERM}" hits ${summary.searchHits.all}, top expert ${top.slug} (${top.pieces} pieces)`,
    );
    return summary;
  } finally {
    renderer?.stop();
    await db.close();
  }
}

// ---------------------------------------------------------------------------
// Bodies rendered as a save stores them (lib/shared/rendered-body.ts)
// ---------------------------------------------------------------------------

const RENDERER = rendererVersion();

/** One child process per core, each rendering its share of a batch with the app's renderer. */
function startRenderers() {
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, () =>
    fork(path.join(root, 'scripts', 'bench', 'render-worker.ts'), [], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  let next = 0;
  const ask = (w, bodies) =>
    new Promise((resolve, reject) => {
      const id = next++;
      const onMessage = (m) => {
        if (m.id !== id) return;
        w.off('message', onMessage);
        w.off('exit', onExit);
        resolve(m.html);
      };
      const onExit = (code) => reject(new Error(`body renderer exited (${code})`));
      w.on('message', onMessage);
      w.once('exit', onExit);
      w.send({ id, bodies });
    });
  return {
    async render(bodies) {
      const share = Math.ceil(bodies.length / workers.length);
      const parts = await Promise.all(workers.map((w, k) => ask(w, bodies.slice(k * share, (k + 1) * share))));
      return parts.flat();
    },
    stop() {
      for (const w of workers) w.kill();
    },
  };
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument "${argv[i]}"`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${m[1]} needs a value`);
    if (m[1] === 'database') opts.database = value;
    else if (['pieces', 'experts', 'topics', 'seed'].includes(m[1])) opts[m[1]] = Number(value);
    else throw new Error(`unknown option --${m[1]}`);
  }
  return opts;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const summary = await generate(parseArgs(process.argv.slice(2)));
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } catch (e) {
    console.error(e?.stack ?? e);
    console.error('usage: npx tsx scripts/bench/generate.mjs --database <file:/abs/path.db | postgresql://...> [--pieces 100000] [--experts 5000] [--topics 300] [--seed 1]');
    process.exit(1);
  }
}
