'use client';

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { saveArticle, type SaveState } from '@/lib/actions/articles';
import { autosaveArticle, discardAutosave } from '@/lib/actions/autosave';
import type { ServerCopy } from '@/lib/admin/autosave';
import { IDLE } from '@/lib/actions/state';
import type { ArticleFormValues } from '@/lib/validation/article';
import { BODY_MAX_CHARS, bodyTooLong } from '@/lib/validation/limits';
import type { EditorOptions } from '@/lib/admin/options';
import { renderMarkdown } from '@/lib/markdown';
import { slugify } from '@/lib/text';
import { AuthorPicker } from './AuthorPicker';
import { MarkdownToolbar } from './MarkdownToolbar';
import { MediaUpload } from './MediaUpload';
import { DocxImport, type ImportedDocument } from './editor/DocxImport';
import { LibraryPicker } from './editor/LibraryPicker';
import { SearchAndSharing } from './editor/SearchAndSharing';
import type { RichTextHandle } from './editor/RichTextEditor';
import { readingMinutes, wordCount } from '@/lib/reading-time';
import { ScheduleField } from './editor/ScheduleField';
import { EpisodeFields } from './editor/EpisodeFields';
import { EventFields } from './editor/EventFields';
import { TranscriptField } from './editor/TranscriptField';
import { ConflictMerge } from './editor/ConflictMerge';
import { fieldClass, fieldFrame, textAreaClass } from '@/components/forms/field-styles';

type Props = {
  id?: string;
  version?: number;
  initial: ArticleFormValues;
  options: EditorOptions;
  canFeature: boolean;
  /** True right after a successful save: the browser's backup is no longer needed. */
  justSaved: boolean;
  /** This person's work kept on the server by autosave, from this or another device. */
  serverCopy?: ServerCopy | null;
  publishing: PublishingControls;
};

/** What the editor's publish buttons may do for this person and piece. */
export type PublishingControls = {
  mayPublish: boolean;
  /** The piece is live (or has staged changes): saves are staged, "Publish changes" makes them public. */
  staged: boolean;
  /** The staged changes' version the editor opened (0: none yet). */
  stagedVersion: number;
  /** Already public: no "Publish now" or schedule for the piece itself. */
  live: boolean;
  zone: string;
  zoneLabel: string;
};

type Backup = { values: ArticleFormValues; version: number | null; savedAt: string; where?: 'server' | 'browser' };
type AutosaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'offline' } | { state: 'refused'; message: string };

// Typing pauses this long before the work is copied to the server.
const AUTOSAVE_DELAY_MS = 2000;
type BodyMode = 'rich' | 'markdown';

const NEW_PIECE_BACKUP = 'article-backup:new';

// Field by field, whatever order the keys come in: a copy read back from the
// server (parsed by its schema) lists them in another order than the form's
// own values, and compared as one string it was offered as "unsaved work"
// even when it held exactly the saved text.
function sameValues(a: ArticleFormValues, b: ArticleFormValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ArticleFormValues)[]);
  return [...keys].every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));
}
const MODE_KEY = 'article-editor-mode';

// The rich editor (Tiptap) is loaded only in the browser and only on this page.
const RichTextEditor = dynamic(() => import('./editor/RichTextEditor').then((m) => m.RichTextEditor), {
  ssr: false,
  loading: () => <p className="rounded border border-muted bg-white px-4 py-3 text-muted">Loading the editor…</p>,
});


export function ArticleEditor({ id, version, initial, options, canFeature, justSaved, serverCopy, publishing }: Props) {
  const [state, action, pending] = useActionState<SaveState, FormData>(saveArticle, IDLE);
  const [values, setValues] = useState<ArticleFormValues>(initial);
  const [slugTouched, setSlugTouched] = useState(!!id);
  const [backup, setBackup] = useState<Backup | null>(null);
  const [mergeConfirmed, setMergeConfirmed] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const richRef = useRef<RichTextHandle>(null);
  const hiddenBodyRef = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<BodyMode>('rich');
  // Bumped when the body is replaced from outside the rich editor (restore, mode switch), to reopen it on that text.
  const [richVersion, setRichVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const storageKey = id ? `article-backup:${id}` : NEW_PIECE_BACKUP;
  // Checked here as well as on the server: a body far over the limit would be
  // refused by the server's request-size limit before any message could be given.
  const [bodyLimitError, setBodyLimitError] = useState<string | null>(null);
  const errors = bodyLimitError ? { ...state.errors, body: bodyLimitError } : (state.errors ?? {});

  // Every change is copied to this browser, so a closed tab, a crash or a
  // failed request loses nothing. The copy is offered back on the next visit.
  useEffect(() => {
    // A piece just created from "New piece" leaves that page's copy behind too.
    if (justSaved) {
      localStorage.removeItem(storageKey);
      localStorage.removeItem(NEW_PIECE_BACKUP);
    }
    if (localStorage.getItem(MODE_KEY) === 'markdown') setMode('markdown');
    // The newer of this browser's copy and the server's (typed on another device, or before a crash) is offered.
    const candidates: Backup[] = [];
    if (serverCopy) candidates.push({ values: serverCopy.values, version: serverCopy.baseVersion, savedAt: serverCopy.savedAt, where: 'server' });
    const raw = localStorage.getItem(storageKey);
    if (raw) {
      try {
        candidates.push({ ...(JSON.parse(raw) as Backup), where: 'browser' });
      } catch {
        localStorage.removeItem(storageKey);
      }
    }
    const newest = candidates
      .filter((c) => !sameValues({ ...initial, ...c.values }, initial))
      .sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))[0];
    if (newest) setBackup(newest);
    // Only on first render: later changes are ours.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const dirty = !sameValues(values, initial);
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(storageKey, JSON.stringify({ values, version: version ?? null, savedAt: new Date().toISOString() } satisfies Backup));
      } catch {
        // Over the browser's storage quota (a huge paste): the text is still on screen.
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [values, dirty, storageKey, version]);

  // The work is also kept on the server, so it reopens on another device.
  const [autosave, setAutosave] = useState<AutosaveState>({ state: 'idle' });
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(async () => {
      if (typeof navigator !== 'undefined' && !navigator.onLine) {
        setAutosave({ state: 'offline' });
        return;
      }
      setAutosave({ state: 'saving' });
      try {
        const result = await autosaveArticle({ id: id ?? null, values, baseVersion: version ?? null });
        setAutosave(result.ok ? { state: 'saved', at: result.savedAt } : { state: 'refused', message: result.message });
      } catch {
        setAutosave({ state: 'offline' });
      }
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, dirty, id, version]);

  const set = <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value, ...(key === 'title' && !slugTouched ? { slug: slugify(String(value)) } : {}) }));
  const toggle = (key: 'topicIds' | 'programIds' | 'pinnedIds', itemId: string, on: boolean) =>
    setValues((v) => ({ ...v, [key]: on ? [...v[key], itemId] : v[key].filter((x) => x !== itemId) }));
  const preview = useMemo(() => (mode === 'markdown' ? renderMarkdown(values.body) : ''), [values.body, mode]);
  const words = useMemo(() => wordCount(values.body), [values.body]);
  // Labels for the ids in list fields, for the conflict comparison.
  const optionNames = useMemo(
    () => new Map([...options.authors, ...options.topics, ...options.programs, ...options.shows, ...options.pieces, ...options.types].map((o) => [o.id, o.label])),
    [options],
  );

  // Leaving with unsaved changes asks first (closing the tab, or a link to elsewhere in the admin).
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!a || a.target === '_blank' || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
      if (!window.confirm('This piece has unsaved changes. Leave without saving? (This browser keeps a copy.)')) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);

  // Ctrl/Cmd+S saves, wherever the focus is.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const switchMode = (next: BodyMode) => {
    if (next === mode) return;
    if (mode === 'rich' && richRef.current) {
      const md = richRef.current.flush();
      if (md !== values.body) set('body', md);
    }
    if (next === 'rich') setRichVersion((v) => v + 1);
    setMode(next);
    localStorage.setItem(MODE_KEY, next);
  };

  const insertMarkdown = (md: string) => {
    if (mode === 'rich' && richRef.current) richRef.current.insertMarkdown(md);
    else set('body', values.body.trim() ? `${values.body.trimEnd()}\n\n${md}` : md);
  };
  const imported = (doc: ImportedDocument) => {
    if (doc.title && !values.title.trim()) set('title', doc.title);
    insertMarkdown(doc.markdown);
  };
  const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined);
  const fieldError = (name: string) => (errors[name] ? <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-accent">{errors[name]}</p> : null);

  return (
    <form
      ref={formRef}
      action={action}
      className="space-y-6"
      noValidate
      onSubmit={(e) => {
        // The rich editor writes Markdown a moment after each change; a save takes it as it is now.
        let body = values.body;
        if (mode === 'rich' && richRef.current) {
          body = richRef.current.flush();
          if (hiddenBodyRef.current) hiddenBodyRef.current.value = body;
          if (body !== values.body) set('body', body);
        }
        const over = body.length > BODY_MAX_CHARS;
        setBodyLimitError(over ? `${bodyTooLong(BODY_MAX_CHARS)} It has ${body.length.toLocaleString('en-US')}.` : null);
        e.preventDefault();
        if (over) return;
        // Sent by hand rather than through the form's action: React resets a form
        // after its action runs, which put the Type select back to "Choose a type…"
        // after a refused save while the editor still held the choice.
        // The pressed button (save, publish, schedule) travels with the form.
        const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
        startTransition(() => action(data));
      }}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? (
        <input type="hidden" name="version" value={state.status === 'conflict' && mergeConfirmed ? state.currentVersion : version} />
      ) : null}
      {publishing.staged ? (
        <input type="hidden" name="stagedVersion" value={state.status === 'conflict' && mergeConfirmed ? (state.currentStagedVersion ?? 0) : publishing.stagedVersion} />
      ) : null}

      {backup ? (
        <div role="alert" className="rounded border border-amber-500 bg-amber-50 p-4">
          <p className="font-semibold">
            {backup.where === 'server' ? 'Your account kept unsaved work' : 'This browser kept unsaved changes'} from {new Date(backup.savedAt).toLocaleString()}.
          </p>
          {version !== undefined && backup.version !== null && backup.version !== version ? (
            <p className="mt-1">It was started from version {backup.version}; the piece has been saved since (now version {version}). Restoring puts that older work over the newer text: compare before saving.</p>
          ) : null}
          <div className="mt-2 flex gap-2">
            <button type="button" className="min-h-11 rounded bg-brand px-4 font-semibold text-white" onClick={() => { setValues({ ...initial, ...backup.values }); setBackup(null); setRichVersion((v) => v + 1); }}>
              Restore them
            </button>
            <button type="button" className="min-h-11 rounded border border-brand px-4 font-semibold text-brand" onClick={() => { localStorage.removeItem(storageKey); setBackup(null); void discardAutosave(id ?? null); }}>
              Discard
            </button>
          </div>
        </div>
      ) : null}
      {state.message ? (
        <div role="alert" className={`rounded border p-4 font-semibold ${state.status === 'conflict' ? 'border-amber-500 bg-amber-50' : 'border-accent bg-red-50 text-accent'}`} data-testid="form-message">
          {state.message}
          {state.status === 'conflict' && state.theirs ? (
            <ConflictMerge
              mine={values}
              theirs={state.theirs}
              names={optionNames}
              take={(name) => {
                set(name, state.theirs![name]);
                if (name === 'body') setRichVersion((v) => v + 1);
              }}
            />
          ) : null}
          {state.status === 'conflict' ? (
            <label className="mt-3 flex items-center gap-2 font-normal">
              <input type="checkbox" checked={mergeConfirmed} onChange={(e) => setMergeConfirmed(e.target.checked)} />
              I have merged the other changes into my text: save mine over the latest version
            </label>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <label className="block text-sm font-semibold lg:col-span-2">
          Title
          <input name="title" value={values.title} onChange={(e) => set('title', e.target.value)} aria-invalid={!!errors.title} aria-describedby={describedBy('title')} className={`${fieldFrame} font-serif text-xl`} />
          {fieldError('title')}
        </label>
        <label className="block text-sm font-semibold">
          Address (slug)
          <input
            name="slug"
            value={values.slug}
            onChange={(e) => { setSlugTouched(true); set('slug', e.target.value); }}
            aria-invalid={!!errors.slug}
            aria-describedby={describedBy('slug') ?? 'slug-help'}
            className={`${fieldClass} font-mono`}
          />
          <span id="slug-help" className="mt-1 block font-normal text-muted">/publications/{values.slug || '…'}{id ? ' (old addresses redirect to the new one)' : ''}</span>
          {fieldError('slug')}
        </label>
        <label className="block text-sm font-semibold">
          Type
          <select name="typeId" value={values.typeId} onChange={(e) => set('typeId', e.target.value)} aria-invalid={!!errors.typeId} aria-describedby={describedBy('typeId')} className={fieldClass}>
            <option value="">Choose a type…</option>
            {options.types.map((t) => (
              <option key={t.id} value={t.id}>{t.label}</option>
            ))}
          </select>
          {fieldError('typeId')}
        </label>
        <label className="block text-sm font-semibold lg:col-span-2">
          Summary (dek)
          <textarea name="dek" rows={3} value={values.dek} onChange={(e) => set('dek', e.target.value)} aria-invalid={!!errors.dek} aria-describedby={describedBy('dek')} className={textAreaClass} />
          {fieldError('dek')}
        </label>
      </div>

      <div>
        <div className="flex flex-wrap items-end justify-between gap-2">
          {mode === 'markdown' ? (
            <label id="body-label" htmlFor="body" className="text-sm font-semibold">Body (Markdown)</label>
          ) : (
            <span id="body-label" className="text-sm font-semibold">Body</span>
          )}
          <div role="group" aria-label="Write the body as" className="flex gap-1 text-sm">
            {(['rich', 'markdown'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => switchMode(m)} className="min-h-9 rounded border border-muted px-3 font-semibold aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white">
                {m === 'rich' ? 'Rich text' : 'Markdown'}
              </button>
            ))}
          </div>
        </div>
        {notice ? <p role="status" className="mt-1 text-sm font-semibold text-amber-800">{notice}</p> : null}
        {mode === 'rich' ? (
          <div className="mt-1" data-testid="rich-editor">
            <input ref={hiddenBodyRef} type="hidden" name="body" value={values.body} />
            <RichTextEditor
              key={richVersion}
              markdown={values.body}
              onChange={(md) => set('body', md)}
              handle={richRef}
              invalid={!!errors.body}
              describedBy={[describedBy('body'), 'body-help'].filter(Boolean).join(' ')}
              onNotice={setNotice}
            />
          </div>
        ) : (
          <div className="mt-1 grid gap-6 lg:grid-cols-2">
            <div>
              <MarkdownToolbar target={bodyRef} onChange={(v) => set('body', v)} />
              <textarea id="body" ref={bodyRef} name="body" rows={22} value={values.body} onChange={(e) => set('body', e.target.value)} aria-invalid={!!errors.body} aria-describedby={[describedBy('body'), 'body-help'].filter(Boolean).join(' ')} className="block w-full rounded-b border border-muted bg-white px-3 py-2 font-mono text-sm" />
            </div>
            <section aria-labelledby="preview-heading">
              <h2 id="preview-heading" className="text-sm font-semibold">Live preview</h2>
              <div className="prose-article mt-1 max-h-[36rem] overflow-auto rounded border border-rule bg-white p-4" data-testid="live-preview" dangerouslySetInnerHTML={{ __html: preview }} />
            </section>
          </div>
        )}
        <p id="body-help" className="mt-1 text-sm text-muted" data-testid="word-count">
          {words.toLocaleString('en-US')} {words === 1 ? 'word' : 'words'} · {readingMinutes(words)} min read
          <span className="ml-2">Shortcuts: Ctrl/⌘+B bold, Ctrl/⌘+I italic, Ctrl/⌘+K link, Ctrl/⌘+Z undo, Ctrl/⌘+S save.</span>
        </p>
        {fieldError('body')}
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <DocxImport onImported={imported} />
          <MediaUpload kind="audio" label="Upload audio for a player in the text" onUploaded={(url) => insertMarkdown(`[${url}](${url})`)} />
          <LibraryPicker onInsert={insertMarkdown} onFeature={(url, alt) => setValues((v) => ({ ...v, featuredImageUrl: url, featuredImageAlt: alt }))} />
        </div>
      </div>

      <label className="block text-sm font-semibold">
        Pull quote
        <textarea name="pullQuote" rows={2} value={values.pullQuote} onChange={(e) => set('pullQuote', e.target.value)} aria-describedby={describedBy('pullQuote')} className={textAreaClass} />
        {fieldError('pullQuote')}
      </label>

      <AuthorPicker known={options.authors} value={values.authorIds} onChange={(ids) => setValues((v) => ({ ...v, authorIds: ids }))} error={errors.authorIds} canCreate={options.canCreateExperts} />

      <div className="grid gap-6 lg:grid-cols-2">
        <fieldset className="min-w-0">
          <legend className="text-sm font-semibold">Topics and regions</legend>
          <div className="mt-2 grid max-h-64 gap-1 overflow-auto rounded border border-rule bg-white p-2 sm:grid-cols-2">
            {options.topics.map((t) => (
              <label key={t.id} className="flex min-h-9 items-center gap-2 text-sm">
                <input type="checkbox" name="topicIds" value={t.id} checked={values.topicIds.includes(t.id)} onChange={(e) => toggle('topicIds', t.id, e.target.checked)} />
                {t.label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="min-w-0">
          <legend className="text-sm font-semibold">Research areas (programs)</legend>
          <div className="mt-2 grid gap-1 rounded border border-rule bg-white p-2">
            {options.programs.map((p) => (
              <label key={p.id} className="flex min-h-9 items-center gap-2 text-sm">
                <input type="checkbox" name="programIds" value={p.id} checked={values.programIds.includes(p.id)} onChange={(e) => toggle('programIds', p.id, e.target.checked)} />
                {p.label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <EventFields values={values} set={set} errors={errors} describedBy={describedBy} fieldError={fieldError} zoneLabel={publishing.zoneLabel} />
      <EpisodeFields values={values} set={set} options={options} errors={errors} describedBy={describedBy} fieldError={fieldError} />
      <TranscriptField values={values} set={set} errors={errors} describedBy={describedBy} fieldError={fieldError} />

      <div className="grid gap-6 lg:grid-cols-2">
        <label className="block text-sm font-semibold">
          First published in (outlet name)
          <input name="outletName" value={values.outletName} onChange={(e) => set('outletName', e.target.value)} aria-describedby={describedBy('outletName')} className={fieldClass} placeholder="War on the Rocks" />
          {fieldError('outletName')}
        </label>
        <label className="block text-sm font-semibold">
          Address of the original
          <input name="outletUrl" type="url" value={values.outletUrl} onChange={(e) => set('outletUrl', e.target.value)} aria-describedby={describedBy('outletUrl')} className={fieldClass} placeholder="https://" />
          {fieldError('outletUrl')}
        </label>
        <label className="block text-sm font-semibold">
          Featured image address
          <input name="featuredImageUrl" value={values.featuredImageUrl} onChange={(e) => set('featuredImageUrl', e.target.value)} aria-describedby={describedBy('featuredImageUrl')} className={fieldClass} />
          {fieldError('featuredImageUrl')}
        </label>
        <label className="block text-sm font-semibold">
          Featured image description (alt text)
          <input name="featuredImageAlt" value={values.featuredImageAlt} onChange={(e) => set('featuredImageAlt', e.target.value)} aria-describedby={describedBy('featuredImageAlt')} className={fieldClass} />
          {fieldError('featuredImageAlt')}
        </label>
        <MediaUpload kind="image" label="Upload a featured image" onUploaded={(url) => set('featuredImageUrl', url)} />
        <MediaUpload kind="pdf" label="Upload the PDF" onUploaded={(url) => set('pdfUrl', url)} />
        <label className="block text-sm font-semibold">
          PDF address (reports)
          <input name="pdfUrl" value={values.pdfUrl} onChange={(e) => set('pdfUrl', e.target.value)} aria-describedby={describedBy('pdfUrl')} className={fieldClass} />
          {fieldError('pdfUrl')}
        </label>
        {canFeature ? (
          <label className="flex items-center gap-2 self-end text-sm font-semibold">
            <input type="checkbox" name="featured" checked={values.featured} onChange={(e) => set('featured', e.target.checked)} />
            Feature on the home page
          </label>
        ) : null}
      </div>

      <fieldset className="min-w-0">
        <legend className="text-sm font-semibold">Pinned related pieces (shown first in “More from”, at most four)</legend>
        {values.pinnedIds.map((p) => (
          <input key={p} type="hidden" name="pinnedIds" value={p} />
        ))}
        <ul className="mt-2 space-y-1">
          {values.pinnedIds.map((p) => (
            <li key={p} className="flex items-center gap-2 text-sm">
              <span className="flex-1">{options.pieces.find((o) => o.id === p)?.label ?? p}</span>
              <button type="button" className="min-h-9 rounded border border-accent px-2 text-accent" onClick={() => toggle('pinnedIds', p, false)}>Unpin</button>
            </li>
          ))}
        </ul>
        <label className="sr-only" htmlFor="pin-piece">Pin a piece</label>
        <select
          id="pin-piece"
          value=""
          onChange={(e) => e.target.value && toggle('pinnedIds', e.target.value, true)}
          disabled={values.pinnedIds.length >= 4}
          className="mt-2 min-h-11 w-full rounded border border-muted bg-white px-2"
        >
          <option value="">Pin a published piece…</option>
          {options.pieces.filter((o) => o.id !== id && !values.pinnedIds.includes(o.id)).map((o) => (
            <option key={o.id} value={o.id}>{o.label}</option>
          ))}
        </select>
        {fieldError('pinnedIds')}
      </fieldset>

      <SearchAndSharing values={values} set={set} errors={errors} describedBy={describedBy} fieldError={fieldError} />

      {publishing.mayPublish && !(publishing.live && !publishing.staged) ? (
        <fieldset className="rounded border border-rule bg-white p-4">
          <legend className="px-1 text-sm font-bold">{publishing.staged ? 'Schedule these changes' : 'Schedule'}</legend>
          <p className="mb-2 text-sm text-muted">
            {publishing.staged
              ? 'An embargoed update: the text on screen is saved, and replaces the live version at this time.'
              : 'The text on screen is saved first; the piece goes live at this time.'}
          </p>
          <ScheduleField zone={publishing.zone} zoneLabel={publishing.zoneLabel} error={errors.at} buttonLabel={publishing.staged ? 'Schedule changes' : 'Schedule'} disabled={pending} />
        </fieldset>
      ) : null}

      <div className="save-bar sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-rule bg-paper py-3">
        <button type="submit" name="intent" value="save" disabled={pending} className="min-h-11 rounded bg-brand px-6 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? 'Saving…' : publishing.staged ? 'Save changes (not yet public)' : id ? 'Save changes' : 'Create draft'}
        </button>
        {publishing.mayPublish && (publishing.staged || !publishing.live) ? (
          <button type="submit" name="intent" value="publish" disabled={pending} className="min-h-11 rounded border border-brand bg-white px-6 font-semibold text-brand hover:bg-paper disabled:opacity-60">
            {publishing.staged ? 'Publish changes' : 'Publish now'}
          </button>
        ) : null}
        <span className="text-sm text-muted" aria-live="polite" data-testid="save-state">{saveStateText(dirty, autosave)}</span>
      </div>
    </form>
  );
}

function saveStateText(dirty: boolean, autosave: AutosaveState): string {
  if (!dirty) return 'No unsaved changes';
  switch (autosave.state) {
    case 'saving':
      return 'Unsaved changes · Saving a copy…';
    case 'saved':
      return `Unsaved changes · Copy kept on the server at ${new Date(autosave.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} (not yet saved as a version)`;
    case 'offline':
      return 'Unsaved changes · Offline, kept in this browser';
    case 'refused':
      return `Unsaved changes (kept in this browser) · ${autosave.message}`;
    default:
      return 'Unsaved changes (kept in this browser)';
  }
}
