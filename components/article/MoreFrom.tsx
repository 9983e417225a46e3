import type { ArticleCard as Card } from '@/lib/articles';
import { site } from '@/lib/site';
import { ArticleCard } from '@/components/cards/ArticleCard';

/** The related-content sidebar, "More from CNAS". */
export function MoreFrom({ items }: { items: Card[] }) {
  if (items.length === 0) return null;
  return (
    <aside aria-labelledby="more-from-heading" className="no-print" data-testid="more-from">
      <h2 id="more-from-heading" className="border-b-4 border-brand pb-2 font-sans text-lg font-bold uppercase tracking-wider">
        More from {site.shortName}
      </h2>
      <ul className="divide-y divide-rule">
        {items.map((card) => (
          <li key={card.id} className="py-5">
            <ArticleCard card={card} excerptLength={110} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
