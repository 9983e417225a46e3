import 'server-only';
import type { Actor } from '../permissions';
import { articleChanges, type ArticleFieldName, type FieldChange } from '../validation/article';
import { optionNames } from './options';

type State = Partial<Record<ArticleFieldName, unknown>>;

/**
 * Every field that differs between two states of a piece (a revision, the
 * live version, staged changes), from the one field list, with the people,
 * topics and pieces of list fields by name: what a restore, a publish of
 * staged changes or a merge would change, authors and outlet included.
 */
export async function readableChanges(actor: Actor, before: State, after: State): Promise<FieldChange[]> {
  const changes = articleChanges(before, after);
  if (!changes.some((c) => c.kind === 'list')) return changes;
  const names = await optionNames(actor);
  const readable = (ids: string) => ids.split('\n').filter(Boolean).map((x) => names.get(x) ?? x).join(', ') || 'none';
  return changes.map((c) => (c.kind === 'list' ? { ...c, before: readable(c.before), after: readable(c.after) } : c));
}
