import type { ArticleFormValues } from '../validation/article';
import type { ArticleForEdit } from './articles';

export const emptyArticleValues: ArticleFormValues = {
  title: '', slug: '', typeId: '', dek: '', body: '', pullQuote: '',
  authorIds: [], topicIds: [], programIds: [], pinnedIds: [],
  outletName: '', outletUrl: '', featuredImageUrl: '', featuredImageAlt: '', pdfUrl: '', featured: false,
};

export function articleToFormValues(a: ArticleForEdit): ArticleFormValues {
  return {
    title: a.title, slug: a.slug, typeId: a.typeId, dek: a.dek, body: a.body, pullQuote: a.pullQuote ?? '',
    authorIds: a.authorIds, topicIds: a.topicIds, programIds: a.programIds, pinnedIds: a.pinnedIds,
    outletName: a.outletName ?? '', outletUrl: a.outletUrl ?? '', featuredImageUrl: a.featuredImageUrl ?? '',
    featuredImageAlt: a.featuredImageAlt ?? '', pdfUrl: a.pdfUrl ?? '', featured: a.featured,
  };
}
