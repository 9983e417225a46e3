import { Fragment } from 'react';
import Link from 'next/link';
import type { ArticleDetail } from '@/lib/articles';
import { formatLongDate } from '@/lib/dates';
import { Byline } from './Byline';
import { readingMinutes, wordCount } from '@/lib/reading-time';

export function ArticleHeader({ article }: { article: ArticleDetail }) {
  // A podcast is listened to and an event attended, not read.
  const minutes = article.type.slug === 'podcast' || article.episode || article.event ? null : readingMinutes(wordCount(article.body));
  return (
    <header className="border-b border-rule pb-6">
      <p className="flex flex-wrap items-center gap-x-3 text-sm font-bold uppercase tracking-wider">
        <span className="text-accent" data-testid="article-type">{article.type.name}</span>
        <time dateTime={article.publishedAt} className="text-muted" data-testid="article-date">
          {formatLongDate(article.publishedAt)}
        </time>
        {minutes ? <span className="font-normal normal-case tracking-normal text-muted" data-testid="reading-time">{minutes} min read</span> : null}
      </p>
      <h1 className="mt-3 font-serif text-3xl font-bold leading-tight sm:text-4xl lg:text-[2.75rem]">{article.title}</h1>
      {article.dek ? <p className="mt-4 font-serif text-xl leading-relaxed text-muted">{article.dek}</p> : null}
      <Byline authors={article.authors} className="mt-4 text-lg" />
      {article.programs.length ? (
        <p className="mt-1 text-sm text-muted" data-testid="article-programs">
          {article.programs.map((p, i) => (
            <Fragment key={p.slug}>
              {i ? ' / ' : null}
              <Link href={`/programs/${p.slug}`} className="hover:text-brand hover:underline">{p.name}</Link>
            </Fragment>
          ))}
        </p>
      ) : null}
    </header>
  );
}
