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
  // Lists and the fields that hold one id (type, show) read as names.
  const named = (c: FieldChange) => c.kind === 'list' || c.name === 'typeId' || c.name === 'showId';
  if (!changes.some(named)) return changes;
  const names = await optionNames(actor);
  const readable = (ids: string) => ids.split('\n').filter(Boolean).map((x) => names.get(x) ?? x).join(', ') || 'none';
  return changes.map((c) => (named(c) ? { ...c, before: readable(c.before), after: readable(c.after) } : c));
}
