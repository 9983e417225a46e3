'use client';

import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { editorExtensions, nextFootnoteNumber } from '@/lib/editor/extensions';
import { markdownFromHtml } from '@/lib/editor/markdown-from-dom';
import { renderMarkdown } from '@/lib/markdown';
import { embedFor } from '@/lib/embeds';

export type RichTextHandle = {
  /** The document as Markdown now (pending debounced changes included). */
  flush: () => string;
  /** Puts Markdown (an import) at the cursor, or in place of an empty text. */
  insertMarkdown: (markdown: string) => void;
};

type Props = {
  markdown: string;
  onChange: (markdown: string) => void;
  handle: Ref<RichTextHandle>;
  invalid?: boolean;
  describedBy?: string;
  /** Said after a paste that left something out. */
  onNotice: (text: string) => void;
};

// Pictures pasted from another site would be hot-linked from it (and blocked
// by our image policy); only our own library's addresses come across.
const ownImage = (src: string) => src.startsWith('/media/');

const toMarkdown = (editor: Editor) => markdownFromHtml(editor.getHTML()).markdown;

/** Inserts go after what is selected (a just-inserted embed, a picked word), never in place of it. */
const afterSelection = (editor: Editor) => {
  const chain = editor.chain().focus();
  return editor.state.selection.empty ? chain : chain.setTextSelection(editor.state.selection.to);
};

export function RichTextEditor({ markdown, onChange, handle, invalid, describedBy, onNotice }: Props) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(markdown);
  const edited = useRef(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const onNoticeRef = useRef(onNotice);
  onNoticeRef.current = onNotice;

  const editorRef = useRef<Editor | null>(null);
  const editor = useEditor({
    extensions: editorExtensions,
    content: renderMarkdown(markdown),
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        id: 'body-rich',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': 'body-label',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        class: 'prose-article min-h-[24rem] rounded-b border border-muted bg-white px-4 py-3 focus:outline-2 focus:outline-brand',
      },
      transformPastedHTML(html, view) {
        // A copy inside the editor keeps ProseMirror's own structure.
        if (html.includes('data-pm-slice')) return html;
        const { markdown: md, droppedImages } = markdownFromHtml(html, { keepImage: ownImage, firstFootnote: nextFootnoteNumber(view.state.doc) });
        if (droppedImages) {
          onNoticeRef.current(
            `${droppedImages} picture${droppedImages === 1 ? ' was' : 's were'} not pasted: a pasted picture is only a link to the author’s copy. Import the .docx, or upload the picture.`,
          );
        }
        return renderMarkdown(md);
      },
      // Files dropped or pasted into the text go to the media library and in at that place.
      handleDrop(view, event, _slice, moved) {
        const files = [...(event.dataTransfer?.files ?? [])];
        if (moved || !files.length) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.to;
        void uploadInto(files, at);
        return true;
      },
      handleKeyDown(_view, event) {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    },
    onUpdate({ editor: e }) {
      edited.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        latest.current = toMarkdown(e);
        onChange(latest.current);
      }, 250);
    },
  });

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const uploadInto = async (files: File[], at: number) => {
    const done: string[] = [];
    for (const file of files) {
      const kind = file.type.startsWith('image/') ? 'image' : file.type.startsWith('audio/') ? 'audio' : file.type === 'application/pdf' ? 'pdf' : null;
      if (!kind) {
        onNoticeRef.current(`${file.name} is not a picture, audio file or PDF, so it was not added.`);
        continue;
      }
      const body = new FormData();
      body.set('file', file);
      body.set('kind', kind);
      try {
        const res = await fetch('/api/media', { method: 'POST', body });
        const data = await res.json().catch(() => ({}));
        if (!res.ok || !editorRef.current) {
          onNoticeRef.current(`${file.name}: ${data.error ?? 'the upload failed.'}`);
          continue;
        }
        const e = editorRef.current;
        const node = kind === 'image' ? { type: 'image', attrs: { src: data.url, alt: '' } } : { type: 'embed', attrs: { url: data.url } };
        e.chain().focus().insertContentAt(Math.min(at, e.state.doc.content.size), node).run();
        done.push(file.name);
      } catch {
        onNoticeRef.current(`${file.name}: the upload failed, check your connection.`);
      }
    }
    if (done.length) {
      onNoticeRef.current(`${done.join(', ')} added to the media library and the text.${files.some((f) => f.type.startsWith('image/')) ? ' Select each picture and describe it before saving.' : ''}`);
    }
  };

  editorRef.current = editor;

  useImperativeHandle(handle, () => ({
    flush() {
      if (!editor || !edited.current) return latest.current;
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
      }
      latest.current = toMarkdown(editor);
      return latest.current;
    },
    insertMarkdown(md: string) {
      if (!editor) return;
      const html = renderMarkdown(markdownFromHtml(renderMarkdown(md), { firstFootnote: nextFootnoteNumber(editor.state.doc) }).markdown);
      if (editor.isEmpty) editor.commands.setContent(html, { emitUpdate: true });
      else afterSelection(editor).insertContent(html).run();
    },
  }), [editor]);

  return (
    <div>
      {editor ? <Toolbar editor={editor} linkOpen={linkOpen} setLinkOpen={setLinkOpen} /> : <div className="h-11 rounded-t border border-b-0 border-muted bg-paper" />}
      <EditorContent editor={editor} />
      {!editor ? <p className="rounded-b border border-muted bg-white px-4 py-3 text-muted">Loading the editor…</p> : null}
    </div>
  );
}

const buttonClass = 'min-h-9 rounded px-2 text-sm font-semibold hover:bg-white aria-pressed:bg-white aria-pressed:ring-1 aria-pressed:ring-brand disabled:opacity-50';

function Toolbar({ editor, linkOpen, setLinkOpen }: { editor: Editor; linkOpen: boolean; setLinkOpen: (open: boolean) => void }) {
  const [embedOpen, setEmbedOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      quote: e.isActive('blockquote'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: String(e.getAttributes('link').href ?? ''),
      table: e.isActive('table'),
      image: e.isActive('image') ? { alt: String(e.getAttributes('image').alt ?? ''), title: String(e.getAttributes('image').title ?? ''), src: String(e.getAttributes('image').src ?? '') } : null,
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const b = (label: string, pressed: boolean | undefined, run: () => void, extra: { keys?: string; title?: string; disabled?: boolean } = {}) => (
    <button
      type="button"
      className={buttonClass}
      aria-pressed={pressed === undefined ? undefined : pressed}
      aria-keyshortcuts={extra.keys}
      title={extra.title}
      disabled={extra.disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {label}
    </button>
  );

  const insertFootnote = () => {
    const label = String(nextFootnoteNumber(editor.state.doc));
    const { schema } = editor.state;
    editor.chain().focus().insertContent({ type: 'footnoteReference', attrs: { label } }).run();
    const tr = editor.state.tr;
    const item = schema.nodes.footnoteItem.create({ label }, schema.nodes.paragraph.create());
    let sectionEnd = -1;
    tr.doc.forEach((node, pos) => {
      if (node.type.name === 'footnotes') sectionEnd = pos + node.nodeSize - 1;
    });
    let itemPos: number;
    if (sectionEnd >= 0) {
      tr.insert(sectionEnd, item);
      itemPos = sectionEnd;
    } else {
      itemPos = tr.doc.content.size;
      tr.insert(itemPos, schema.nodes.footnotes.create(null, [item]));
      itemPos += 1;
    }
    // Into the new note's paragraph, to type its text.
    tr.setSelection(TextSelection.near(tr.doc.resolve(itemPos + 2)));
    editor.view.dispatch(tr.scrollIntoView());
    editor.view.focus();
  };

  return (
    <div className="rounded-t border border-b-0 border-muted bg-paper p-1">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1">
        {b('Bold', state.bold, () => chain().toggleBold().run(), { keys: 'Control+B Meta+B' })}
        {b('Italic', state.italic, () => chain().toggleItalic().run(), { keys: 'Control+I Meta+I' })}
        {b('Link', state.link, () => setLinkOpen(!linkOpen), { keys: 'Control+K Meta+K' })}
        {b('H2', state.h2, () => chain().toggleHeading({ level: 2 }).run(), { title: 'Section heading (level 2)' })}
        {b('H3', state.h3, () => chain().toggleHeading({ level: 3 }).run(), { title: 'Subheading (level 3)' })}
        {b('Quote', state.quote, () => chain().toggleBlockquote().run())}
        {b('Bullets', state.bullets, () => chain().toggleBulletList().run())}
        {b('Numbers', state.numbers, () => chain().toggleOrderedList().run())}
        {b('Footnote', undefined, insertFootnote)}
        {b('Embed', embedOpen, () => setEmbedOpen(!embedOpen), { title: 'A YouTube or Vimeo video, a Datawrapper or Flourish chart, or audio or a PDF from our library' })}
        {b('Table', undefined, () => chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run(), { disabled: state.table })}
        {b('Undo', undefined, () => chain().undo().run(), { keys: 'Control+Z Meta+Z', disabled: !state.canUndo })}
        {b('Redo', undefined, () => chain().redo().run(), { keys: 'Control+Shift+Z Meta+Shift+Z', disabled: !state.canRedo })}
      </div>
      {state.table ? (
        <div role="toolbar" aria-label="Table" className="mt-1 flex flex-wrap gap-1 border-t border-rule pt-1">
          {b('Add row', undefined, () => chain().addRowAfter().run())}
          {b('Add column', undefined, () => chain().addColumnAfter().run())}
          {b('Delete row', undefined, () => chain().deleteRow().run())}
          {b('Delete column', undefined, () => chain().deleteColumn().run())}
          {b('Delete table', undefined, () => chain().deleteTable().run())}
        </div>
      ) : null}
      {state.image ? <PictureDetails key={state.image.src} editor={editor} alt={state.image.alt} caption={state.image.title} /> : null}
      {embedOpen ? <EmbedForm editor={editor} close={() => setEmbedOpen(false)} /> : null}
      {linkOpen ? <LinkForm key={state.href} href={state.href} editor={editor} close={() => setLinkOpen(false)} /> : null}
    </div>
  );
}

function LinkForm({ href, editor, close }: { href: string; editor: Editor; close: () => void }) {
  const [value, setValue] = useState(href || 'https://');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const url = value.trim();
    if (!/^(https?:\/\/[^\s/]+\.[^\s]+|mailto:[^\s@]+@[^\s@]+|\/[^\s]*|#[^\s]+)$/i.test(url)) {
      setError('Enter a full web address (https://…), an e-mail (mailto:…) or a path on this site (/…).');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run();
    else chain.setLink({ href: url }).run();
    close();
  };
  return (
    <div className="mt-1 flex flex-wrap items-start gap-2 border-t border-rule pt-2">
      <label className="text-sm font-semibold">
        Link address
        <input
          autoFocus
          type="url"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); apply(); }
            if (e.key === 'Escape') { e.preventDefault(); close(); editor.commands.focus(); }
          }}
          aria-invalid={!!error}
          aria-describedby={error ? 'link-error' : undefined}
          className="ml-2 min-h-9 w-72 max-w-full rounded border border-muted bg-white px-2 font-normal"
        />
      </label>
      <button type="button" className={buttonClass} onClick={apply}>Apply link</button>
      {href ? <button type="button" className={buttonClass} onClick={() => { editor.chain().focus().extendMarkRange('link').unsetLink().run(); close(); }}>Remove link</button> : null}
      <button type="button" className={buttonClass} onClick={() => { close(); editor.commands.focus(); }}>Cancel</button>
      {error ? <p id="link-error" role="alert" className="w-full text-sm font-semibold text-accent">{error}</p> : null}
    </div>
  );
}

function EmbedForm({ editor, close }: { editor: Editor; close: () => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const url = value.trim();
    if (!embedFor(url)) {
      setError('This address cannot be embedded. Use a YouTube or Vimeo video, a Datawrapper or Flourish chart, or an audio file or PDF from our library (/media/…).');
      return;
    }
    afterSelection(editor).insertContent({ type: 'embed', attrs: { url } }).run();
    close();
  };
  return (
    <div className="mt-1 flex flex-wrap items-start gap-2 border-t border-rule pt-2">
      <label className="text-sm font-semibold">
        Address to embed
        <input
          autoFocus
          type="url"
          value={value}
          placeholder="https://www.youtube.com/watch?v=…"
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); apply(); }
            if (e.key === 'Escape') { e.preventDefault(); close(); editor.commands.focus(); }
          }}
          aria-invalid={!!error}
          aria-describedby={error ? 'embed-error' : undefined}
          className="ml-2 min-h-9 w-72 max-w-full rounded border border-muted bg-white px-2 font-normal"
        />
      </label>
      <button type="button" className={buttonClass} onClick={apply}>Insert embed</button>
      <button type="button" className={buttonClass} onClick={() => { close(); editor.commands.focus(); }}>Cancel</button>
      {error ? <p id="embed-error" role="alert" className="w-full text-sm font-semibold text-accent">{error}</p> : null}
    </div>
  );
}

/** The selected picture's description (required) and caption, edited in place. */
function PictureDetails({ editor, alt, caption }: { editor: Editor; alt: string; caption: string }) {
  const [a, setA] = useState(alt);
  const [c, setC] = useState(caption);
  const apply = () => editor.chain().focus().updateAttributes('image', { alt: a.trim(), title: c.trim() || null }).run();
  return (
    <div role="group" aria-label="Selected picture" className="mt-1 flex flex-wrap items-end gap-2 border-t border-rule pt-2">
      <label className="text-sm font-semibold">
        Picture description (alt text), required
        <input value={a} onChange={(e) => setA(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); apply(); } }} aria-invalid={!a.trim()} className="mt-1 block min-h-9 w-72 max-w-full rounded border border-muted bg-white px-2 font-normal" />
      </label>
      <label className="text-sm font-semibold">
        Caption and credit
        <input value={c} onChange={(e) => setC(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); apply(); } }} className="mt-1 block min-h-9 w-72 max-w-full rounded border border-muted bg-white px-2 font-normal" />
      </label>
      <button type="button" className={buttonClass} onClick={apply}>Apply to the picture</button>
    </div>
  );
}
