import Link from 'next/link';
import type { ArticleCard as Card } from '@/lib/articles';
import { excerpt } from '@/lib/text';
import { formatLongDate } from '@/lib/dates';
import { Byline } from '@/components/article/Byline';

type Props = { card: Card; headingLevel?: 'h2' | 'h3'; excerptLength?: number; size?: 'default' | 'large' };

/** A piece in a list: type, research area, title, one-line excerpt, byline, date. */
export function ArticleCard({ card, headingLevel = 'h3', excerptLength = 130, size = 'default' }: Props) {
  const Heading = headingLevel;
  const area = card.programs.map((p) => p.name).join(' / ');
  return (
    <article className="flex flex-col gap-1.5" data-testid="article-card">
      <p className="flex flex-wrap gap-x-2 text-xs font-bold uppercase tracking-wider">
        <span className="text-accent">{card.type.name}</span>
        {area ? (
          <>
            <span aria-hidden="true" className="text-muted">|</span>
            <span className="text-muted">{area}</span>
          </>
        ) : null}
      </p>
      <Heading className={`font-serif font-bold leading-snug ${size === 'large' ? 'text-3xl' : 'text-xl'}`}>
        <Link href={`/publications/${card.slug}`} className="text-ink hover:text-brand hover:underline">
          {card.title}
        </Link>
      </Heading>
      {card.dek ? <p className="text-[0.95rem] leading-relaxed text-muted">{excerpt(card.dek, size === 'large' ? 300 : excerptLength)}</p> : null}
      <Byline authors={card.authors} style="card" className="text-sm" />
      <p className="text-sm text-muted">
        <time dateTime={card.publishedAt}>{formatLongDate(card.publishedAt)}</time>
      </p>
    </article>
  );
}
