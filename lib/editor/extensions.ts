// The rich editor's document model (Tiptap 3 on ProseMirror). It holds
// exactly what our Markdown can say, no more: whatever the editor shows can be
// written back as Markdown by lib/editor/markdown-from-html.ts and rendered by
// lib/markdown.ts to the same page. The editor opens a piece from the
// renderer's own HTML, so footnotes are parsed in the shape that renderer
// (remark-gfm) gives them: <sup><a data-footnote-ref> and <section data-footnotes>.
import { mergeAttributes, Node, type Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import Image from '@tiptap/extension-image';

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
  Image.configure({ inline: false, allowBase64: false }),
  FootnoteReference,
  FootnoteItem,
  Footnotes,
];
