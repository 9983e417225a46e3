import type { ArticleCard as Card } from '@/lib/articles';
import { ArticleCard } from '@/components/cards/ArticleCard';

export function ArticleList({ items, headingLevel = 'h2' }: { items: Card[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="divide-y divide-rule border-y border-rule" data-testid="article-list">
      {items.map((card) => (
        <li key={card.id} className="py-6">
          <ArticleCard card={card} headingLevel={headingLevel} excerptLength={220} />
        </li>
      ))}
    </ul>
  );
}
