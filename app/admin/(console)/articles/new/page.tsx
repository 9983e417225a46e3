import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/session';
import { can } from '@/lib/permissions';
import { getEditorOptions } from '@/lib/admin/options';
import { emptyArticleValues } from '@/lib/admin/form-values';
import { ArticleEditor } from '@/components/admin/ArticleEditor';

export const metadata: Metadata = { title: 'New piece' };

export default async function NewArticlePage() {
  const user = await requirePageUser('article:create', '/admin/articles/new');
  const options = await getEditorOptions(user);
  return (
    <div>
      <h1 className="mb-6 font-serif text-3xl font-bold">New piece</h1>
      <ArticleEditor initial={emptyArticleValues()} options={options} canFeature={can(user, 'article:publish')} justSaved={false} />
    </div>
  );
}
