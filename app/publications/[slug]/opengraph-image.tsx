import { ImageResponse } from 'next/og';
import { getPublicArticle } from '@/lib/articles';
import { joinNames } from '@/lib/byline';
import { formatLongDate } from '@/lib/dates';
import { site } from '@/lib/site';
import { ogFonts } from '@/lib/og/fonts';
import { ogText } from '@/lib/og/text';

// The sharing card for a piece: generated from its own data, so pieces without
// a featured image still look like themselves when shared.
export const alt = 'Title, authors and date of the piece';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getPublicArticle((await params).slug);
  // Only text the shipped fonts can draw: nothing is fetched while drawing (lib/og/fonts.ts).
  const title = ogText(article?.title ?? site.name, site.name);
  const byline = article ? ogText(`By ${joinNames(article.authors.map((a) => a.name))}`, '') : '';
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#0b3a66', color: 'white' }}>
        <div style={{ display: 'flex', fontSize: 30, letterSpacing: 4, textTransform: 'uppercase', color: '#f3c4c6' }}>
          {article ? `${article.type.name} · ${formatLongDate(article.publishedAt)}` : site.shortName}
        </div>
        <div style={{ display: 'flex', fontSize: title.length > 80 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30 }}>
          <span>{byline}</span>
          <span style={{ fontWeight: 700 }}>{site.shortName}</span>
        </div>
      </div>
    ),
    { ...size, fonts: ogFonts() },
  );
}
