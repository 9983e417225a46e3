import { ARTICLE_FIELD_NAMES, ARTICLE_FIELDS, wallTimeOf, type ArticleFormValues } from '../validation/article';
import type { ArticleForEdit } from './articles';
import type { ArticleInput } from '../validation/article';

export { emptyArticleValues } from '../validation/article';

/** A stored piece as the editor shows it: missing texts as empty strings. */
export function articleToFormValues(a: ArticleForEdit | ArticleInput): ArticleFormValues {
  return Object.fromEntries(
    ARTICLE_FIELD_NAMES.map((k) => {
      const stored = (a as unknown as Record<string, unknown>)[k];
      const kind = ARTICLE_FIELDS[k].kind;
      return [k, kind === 'text' ? String(stored ?? '') : kind === 'when' ? wallTimeOf(stored) : stored];
    }),
  ) as unknown as ArticleFormValues;
}
