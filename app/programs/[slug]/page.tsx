import type { Metadata } from 'next';
import { FollowBox } from '@/components/newsletter/FollowBox';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getProgramPage } from '@/lib/programs';
import { listPublicArticles } from '@/lib/articles';
import { parsePage, showingLabel } from '@/lib/pagination';
import { feedAlternate, feedPath } from '@/lib/feeds';
import { ArticleList } from '@/components/listing/ArticleList';
import { Pagination } from '@/components/listing/Pagination';
import { ProgramTeam } from '@/components/programs/ProgramTeam';
import { EventList } from '@/components/events/EventList';
import { upcomingEventsOfProgram } from '@/lib/events';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await getProgramPage((await params).slug);
  if (!program) return { title: 'Page not found' };
  return {
    title: program.name,
    description: program.description || undefined,
    alternates: { canonical: `/programs/${program.slug}`, types: feedAlternate({ kind: 'program', slug: program.slug }, program.name) },
  };
}

export default async function ProgramPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const program = await getProgramPage(slug);
  if (!program) notFound();
  const page = parsePage(raw.page);
  const [{ items, info }, events] = await Promise.all([listPublicArticles({ area: slug, page }), upcomingEventsOfProgram(slug)]);
  const first = page === 1;
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <p className="text-sm font-bold uppercase tracking-wider text-accent">Research area</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{program.name}</h1>
      {program.description ? <p className="mt-3 text-lg text-muted">{program.description}</p> : null}
      <p className="mt-3 text-sm">
        <a href={feedPath({ kind: 'program', slug }, 'rss')} className="font-semibold text-brand underline-offset-4 hover:underline">
          Follow this program (RSS)
        </a>
      </p>
      {first && program.highlights.length ? (
        <section aria-labelledby="highlights" className="mt-10" data-testid="program-highlights">
          <h2 id="highlights" className="font-serif text-2xl font-bold">Highlights</h2>
          <div className="mt-4"><ArticleList items={program.highlights} headingLevel="h3" /></div>
        </section>
      ) : null}
      {first && events.length ? (
        <section aria-labelledby="program-events" className="mt-10" data-testid="program-events">
          <h2 id="program-events" className="font-serif text-2xl font-bold">Upcoming events</h2>
          <div className="mt-4"><EventList events={events} testId="program-upcoming-events" /></div>
        </section>
      ) : null}
      {first ? <ProgramTeam program={program} director={program.director} team={program.team} teamSize={program.teamSize} /> : null}
      <section aria-labelledby="latest" className="mt-12">
        <h2 id="latest" className="font-serif text-2xl font-bold">Latest from {program.name}</h2>
        <p className="mt-2 text-sm font-semibold text-muted" data-testid="showing">{showingLabel(info, 'publications')}</p>
        {items.length ? <div className="mt-4"><ArticleList items={items} headingLevel="h3" /></div> : <p className="mt-4">Nothing published in this program yet.</p>}
        <Pagination info={info} hrefFor={(p) => (p > 1 ? `/programs/${slug}?page=${p}` : `/programs/${slug}`)} />
        <p className="mt-6 text-sm">
          <Link href={`/publications?area=${slug}`} className="font-semibold text-brand underline-offset-4 hover:underline">
            Filter this program’s publications by type, topic or year
          </Link>
        </p>
      </section>
      <FollowBox kind="program" slug={slug} name={program.name} path={`/programs/${slug}`} />
    </div>
  );
}
