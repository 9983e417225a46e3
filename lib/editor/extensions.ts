// The rich editor's document model (Tiptap 3 on ProseMirror). It holds
// exactly what our Markdown can say, no more: whatever the editor shows can be
// written back as Markdown by lib/editor/markdown-from-html.ts and rendered by
// lib/markdown.ts to the same page. The editor opens a piece from the
// renderer's own HTML, so footnotes are parsed in the shape that renderer
// (remark-gfm) gives them: <sup><a data-footnote-ref> and <section data-footnotes>.
import { mergeAttributes, Node, type Extensions } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import Image from '@tiptap/extension-image';
import { embedFor } from '../embeds';

const REF_PREFIX = 'user-content-fn-';

export const FootnoteReference = Node.create({
  name: 'footnoteReference',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { label: { default: '1' } };
  },
  parseHTML() {
    return [
      {
        tag: 'sup',
        priority: 100,
        getAttrs: (el) => {
          const a = (el as HTMLElement).querySelector('a[data-footnote-ref]');
          const href = a?.getAttribute('href') ?? '';
          return href.startsWith(`#${REF_PREFIX}`) ? { label: decodeURIComponent(href.slice(REF_PREFIX.length + 1)) } : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    const label = String(node.attrs.label);
    return ['sup', { class: 'footnote-ref' }, ['a', { href: `#${REF_PREFIX}${label}`, 'data-footnote-ref': '' }, label]];
  },
  renderText({ node }) {
    return `[${node.attrs.label}]`;
  },
});

export const FootnoteItem = Node.create({
  name: 'footnoteItem',
  content: 'paragraph+',
  defining: true,
  addAttributes() {
    return { label: { default: '1' } };
  },
  parseHTML() {
    return [
      // The renderer's "back to the text" link is drawn again on the page; it is not part of the note.
      { tag: 'a[data-footnote-backref]', ignore: true, priority: 100 },
      {
        tag: `li[id^="${REF_PREFIX}"]`,
        priority: 100,
        getAttrs: (el) => ({ label: decodeURIComponent((el as HTMLElement).id.slice(REF_PREFIX.length)) }),
      },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes, { id: `${REF_PREFIX}${node.attrs.label}`, 'data-label': node.attrs.label }), 0];
  },
});

export const Footnotes = Node.create({
  name: 'footnotes',
  group: 'block',
  content: 'footnoteItem+',
  isolating: true,
  parseHTML() {
    return [{ tag: 'section[data-footnotes]', contentElement: 'ol', priority: 100 }];
  },
  renderHTML() {
    return ['section', { 'data-footnotes': '', class: 'footnotes' }, ['ol', 0]];
  },
  // A paste or an import brings its own notes section: the notes are kept as
  // one list at the end of the text, where the page shows them.
  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey('footnotesAtEnd'),
        appendTransaction(transactions, _old, state) {
          if (!transactions.some((t) => t.docChanged)) return null;
          const sections: { node: PMNode; pos: number }[] = [];
          state.doc.forEach((node, pos) => node.type === type && sections.push({ node, pos }));
          if (sections.length === 0) return null;
          // Only empty paragraphs may follow the notes (ProseMirror's trailing paragraph, which lets one type after the text).
          const after: PMNode[] = [];
          state.doc.forEach((node, pos) => pos > sections[sections.length - 1].pos && after.push(node));
          if (sections.length === 1 && after.every((n) => n.type.name === 'paragraph' && n.content.size === 0)) return null;
          const items: PMNode[] = [];
          sections.forEach((s) => s.node.forEach((item) => items.push(item)));
          const tr = state.tr;
          for (const s of [...sections].reverse()) tr.delete(s.pos, s.pos + s.node.nodeSize);
          // Before any trailing empty paragraphs, so the two rules agree and neither moves again.
          let end = tr.doc.content.size;
          for (let i = tr.doc.childCount - 1; i >= 0; i--) {
            const child = tr.doc.child(i);
            if (child.type.name !== 'paragraph' || child.content.size !== 0) break;
            end -= child.nodeSize;
          }
          tr.insert(end, type.create(null, items));
          return tr;
        },
      }),
    ];
  },
});

/** The labels in use, so a new or pasted note takes the next free number. */
export function footnoteLabels(doc: PMNode): string[] {
  const labels: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'footnoteItem' || node.type.name === 'footnoteReference') labels.push(String(node.attrs.label));
  });
  return labels;
}

export function nextFootnoteNumber(doc: PMNode): number {
  return Math.max(0, ...footnoteLabels(doc).map(Number).filter(Number.isFinite)) + 1;
}

/** A player or chart (lib/embeds.ts): shown in the editor as a card with its address. */
export const EmbedBlock = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return { url: { default: '' } };
  },
  parseHTML() {
    return [{ tag: 'figure[data-embed-url]', priority: 100, getAttrs: (el) => ({ url: (el as HTMLElement).getAttribute('data-embed-url') ?? '' }) }];
  },
  renderHTML({ node }) {
    const url = String(node.attrs.url);
    const kind = { audio: 'Audio player', pdf: 'PDF', chart: 'Chart', video: 'Video' }[embedFor(url)?.kind ?? 'video'];
    return ['figure', { 'data-embed-url': url, class: 'embed-card' }, ['strong', {}, `${kind}: `], url];
  },
});

export const editorExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    // Markdown has no underline; Ctrl+U must not make what cannot be saved.
    underline: false,
    code: {},
    link: { openOnClick: false, autolink: true, protocols: ['mailto'], HTMLAttributes: { rel: null, target: null } },
  }),
  TableKit.configure({ table: { resizable: false } }),
  // The renderer draws a titled picture as figure + figcaption: the editor reads the caption back as the title.
  Image.extend({
    parseHTML() {
      return [
        {
          tag: 'figure.picture',
          priority: 100,
          getAttrs: (el) => {
            const img = (el as HTMLElement).querySelector('img');
            if (!img) return false;
            return { src: img.getAttribute('src'), alt: img.getAttribute('alt'), title: (el as HTMLElement).querySelector('figcaption')?.textContent ?? null };
          },
        },
        ...(this.parent?.() ?? []),
      ];
    },
  }).configure({ inline: false, allowBase64: false }),
  FootnoteReference,
  FootnoteItem,
  Footnotes,
  EmbedBlock,
];
