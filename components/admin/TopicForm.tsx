'use client';

import { useActionState } from 'react';
import { saveTopicAction, type FormState } from '@/lib/actions/people-and-topics';
import { IDLE } from '@/lib/actions/state';
import { fieldClass } from '@/components/forms/field-styles';
import { choices, TOPIC_KIND_LABELS } from '@/lib/labels';

type Topic = { id?: string; name: string; slug: string; kind: string; description: string };

export function TopicForm({ topic }: { topic: Topic }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveTopicAction, IDLE);
  const v = { ...topic, ...(state.values ?? {}) };
  return (
    <form action={action} className="grid gap-2 sm:grid-cols-[1fr_1fr_8rem_2fr_auto] sm:items-end" key={JSON.stringify(state.values ?? {})}>
      {topic.id ? <input type="hidden" name="id" value={topic.id} /> : null}
      <label className="text-xs font-semibold">Name<input name="name" defaultValue={v.name} className={fieldClass} /></label>
      <label className="text-xs font-semibold">Slug<input name="slug" defaultValue={v.slug} className={`${fieldClass} font-mono`} /></label>
      <label className="text-xs font-semibold">
        Kind
        <select name="kind" defaultValue={v.kind || 'TOPIC'} className={fieldClass}>
          {choices(TOPIC_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      <label className="text-xs font-semibold">Description<input name="description" defaultValue={v.description} className={fieldClass} /></label>
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">{topic.id ? 'Save' : 'Add'}</button>
      {state.message ? <p role="alert" className="font-semibold text-accent sm:col-span-5">{state.message}</p> : null}
    </form>
  );
}
