import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/session';
import { can } from '@/lib/permissions';
import { getEditorOptions } from '@/lib/admin/options';
import { emptyArticleValues } from '@/lib/admin/form-values';
import { getAutosave, NEW_PIECE } from '@/lib/admin/autosave';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { site } from '@/lib/site';

export const metadata: Metadata = { title: 'New piece' };

export default async function NewArticlePage() {
  const user = await requirePageUser('article:create', '/admin/articles/new');
  const [options, serverCopy] = await Promise.all([getEditorOptions(user), getAutosave(user.id, NEW_PIECE)]);
  return (
    <div>
      <h1 className="mb-6 font-serif text-3xl font-bold">New piece</h1>
      <ArticleEditor initial={emptyArticleValues()} options={options} canFeature={can(user, 'article:publish')} justSaved={false}
        serverCopy={serverCopy}
        publishing={{ mayPublish: can(user, 'article:publish'), staged: false, stagedVersion: 0, live: false, zone: site.timeZone, zoneLabel: site.timeZoneLabel }}
      />
    </div>
  );
}
