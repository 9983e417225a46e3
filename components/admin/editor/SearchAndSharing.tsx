'use client';

import type { EditorSectionProps } from './section-props';
import { ARTICLE_FIELDS } from '@/lib/validation/article';
import { excerpt, stripMarkdown } from '@/lib/text';
import { fieldClass, textAreaClass } from '@/components/forms/field-styles';

type Props = EditorSectionProps;

/**
 * The piece's title, description and image in search results and shares,
 * with what a search engine and a social card would show. Empty fields show
 * the derived defaults the page uses.
 */
export function SearchAndSharing({ values, set, describedBy, fieldError }: Props) {
  const title = values.seoTitle || values.title || 'Title of the piece';
  const description = values.seoDescription || excerpt(values.dek || stripMarkdown(values.body), 200) || 'The summary, or the start of the text.';
  const image = values.socialImageUrl || values.featuredImageUrl;
  const address = `/publications/${values.slug || '…'}`;
  return (
    <details className="rounded border border-rule bg-white p-3">
      <summary className="min-h-9 cursor-pointer font-semibold">Search and sharing</summary>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <label className="block text-sm font-semibold">
            {ARTICLE_FIELDS.seoTitle.label}
            <input name="seoTitle" value={values.seoTitle} onChange={(e) => set('seoTitle', e.target.value)} placeholder={values.title} aria-describedby={describedBy('seoTitle') ?? 'seo-title-help'} className={fieldClass} />
            <span id="seo-title-help" className="mt-1 block font-normal text-muted">{(values.seoTitle || values.title).length} characters; search engines show about 60.</span>
            {fieldError('seoTitle')}
          </label>
          <label className="block text-sm font-semibold">
            {ARTICLE_FIELDS.seoDescription.label}
            <textarea name="seoDescription" rows={3} value={values.seoDescription} onChange={(e) => set('seoDescription', e.target.value)} placeholder="The summary, or the start of the text" aria-describedby={describedBy('seoDescription') ?? 'seo-description-help'} className={textAreaClass} />
            <span id="seo-description-help" className="mt-1 block font-normal text-muted">{description.length} characters; about 155 are shown.</span>
            {fieldError('seoDescription')}
          </label>
          <label className="block text-sm font-semibold">
            {ARTICLE_FIELDS.socialImageUrl.label}
            <input name="socialImageUrl" value={values.socialImageUrl} onChange={(e) => set('socialImageUrl', e.target.value)} placeholder="The featured image, or the generated card" aria-describedby={describedBy('socialImageUrl')} className={fieldClass} />
            {fieldError('socialImageUrl')}
          </label>
        </div>
        <div className="space-y-4" aria-label="Previews">
          <figure data-testid="search-preview">
            <figcaption className="text-xs font-semibold uppercase tracking-wider text-muted">In search results</figcaption>
            <div className="mt-1 rounded border border-rule p-3 font-sans">
              <p className="truncate text-xs text-muted">{address}</p>
              <p className="truncate text-lg text-[#1a0dab]">{title.length > 60 ? `${title.slice(0, 59)}…` : title}</p>
              <p className="line-clamp-2 text-sm">{description.length > 155 ? `${description.slice(0, 154)}…` : description}</p>
            </div>
          </figure>
          <figure data-testid="share-preview">
            <figcaption className="text-xs font-semibold uppercase tracking-wider text-muted">When shared</figcaption>
            <div className="mt-1 overflow-hidden rounded border border-rule font-sans">
              {image ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={image} alt="" className="aspect-[1.91/1] w-full bg-paper object-cover" />
              ) : (
                <div className="flex aspect-[1.91/1] items-center justify-center bg-brand p-4 text-center font-serif text-lg font-bold text-white">{title}</div>
              )}
              <div className="p-3">
                <p className="font-semibold">{title}</p>
                <p className="line-clamp-2 text-sm text-muted">{description}</p>
              </div>
            </div>
          </figure>
        </div>
      </div>
    </details>
  );
}
