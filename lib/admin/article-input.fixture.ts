// A complete, valid piece as the editor submits it, for tests that write
// pieces through lib/admin (the workflow, stored body renderings).
import { emptyArticleInput, type ArticleInput } from '../validation/article';

export function articleInput(typeId: string, over: Partial<ArticleInput> = {}): ArticleInput {
  return {
    ...emptyArticleInput(),
    title: 'Grid Security',
    slug: 'grid-security',
    typeId,
    dek: 'A summary.',
    body: 'The live text.',
    authorIds: ['ann'],
    ...over,
  };
}
