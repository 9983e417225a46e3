// HTML → the Markdown we store (from a parsed tree: markdown-from-html.ts
// parses with parse5 on the server, markdown-from-dom.ts with the browser's
// own parser, so the editor does not ship a second HTML parser). One converter for every way text arrives:
// the rich editor's own document, a paste from Word or Google Docs, and a
// .docx import (mammoth's HTML). Bodies stay Markdown rendered by one
// pipeline (lib/markdown.ts), so whatever comes in is reduced to what that
// Markdown can say: headings, emphasis, links, lists, quotes, tables,
// footnotes and images; Office styling noise is dropped.
//
// The parsing and Markdown writing are unified's (hast-util-to-mdast,
// mdast-util-to-markdown with GFM). Written by hand, because no maintained
// package does it, is the thin layer that recognises Word's and Docs'
// conventions: lists drawn as styled paragraphs, bold as styled spans,
// footnotes as pairs of anchors, links routed through google.com/url.
import type { Element, ElementContent, Nodes as HastNodes, Parents as HastParents, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';

export type Conversion = {
  markdown: string;
  /** Images left out because their file cannot be read from here (Word's local files, other sites). */
  droppedImages: number;
  /** With `takeTitle`: the document's one top heading, taken out of the body to be the piece's title. */
  title?: string;
};

export type ConvertOptions = {
  /** Which image addresses may stay (default: any web address; never a local file, data: or blob: URL, which cannot be stored). */
  keepImage?: (src: string) => boolean;
  /** A document that opens with its Title (an h1 of class doc-title) or its only h1 gives that as the piece's title. */
  takeTitle?: boolean;
  /** Number the notes from here (a paste into a text that already has notes 1–3 starts at 4). */
  firstFootnote?: number;
};

const FOOTNOTE_REF_TAG = 'footnote-ref';

const keepWebImages = (src: string) => !!src && !/^(file|data|blob|cid|about|javascript):/i.test(src.trim());

export function markdownFromHast(tree: HastRoot, options: ConvertOptions = {}): Conversion {
  const keepImage = options.keepImage ?? keepWebImages;
  const state = { droppedImages: 0 };
  const title = options.takeTitle ? takeTitle(tree) : undefined;
  clean(tree, keepImage, state);
  wordLists(tree);
  headerRows(tree);
  // The editor's pictures are blocks: each stays its own paragraph.
  tree.children = tree.children.map((c) => (c.type === 'element' && c.tagName === 'img' ? { type: 'element', tagName: 'p', properties: {}, children: [c] } : c));
  const footnotes = extractFootnotes(tree, options.firstFootnote);

  const handlers: Record<string, Handle> = {
    [FOOTNOTE_REF_TAG]: (_state, node: Element) => {
      const label = String(node.properties.dataLabel);
      return { type: 'footnoteReference', identifier: label.toLowerCase(), label };
    },
  };
  const mdast = toMdast(tree, { handlers }) as MdastRoot;
  for (const note of footnotes) {
    const body = toMdast({ type: 'root', children: note.content }, { handlers }) as MdastRoot;
    const children = wrapPhrasing(body.children);
    mdast.children.push({ type: 'footnoteDefinition', identifier: note.label.toLowerCase(), label: note.label, children } as FootnoteDefinition);
  }
  tidy(mdast);
  demoteHeadings(mdast);
  const markdown = toMarkdown(mdast as MdastNodes, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
  }).trim();
  return { markdown: markdown ? `${markdown}\n` : '', droppedImages: state.droppedImages, ...(title ? { title } : {}) };
}

// ---------------------------------------------------------------------------
// Cleaning: styling noise out, Docs' styled spans into real emphasis.

const DROP = new Set(['style', 'script', 'meta', 'link', 'title', 'head', 'xml', 'o:p', 'colgroup', 'col', 'button', 'input', 'select', 'textarea', 'svg']);

function styleOf(el: Element): string {
  return String(el.properties.style ?? '').toLowerCase().replace(/\s+/g, '');
}

function classesOf(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

/** Google Docs routes links through https://www.google.com/url?q=REAL&… */
function realHref(href: string): string {
  try {
    const u = new URL(href);
    if (/(^|\.)google\.[a-z.]+$/.test(u.hostname) && u.pathname === '/url' && u.searchParams.get('q')) return u.searchParams.get('q')!;
  } catch {
    // Relative or fragment: as it is.
  }
  return href;
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as HastNodes[]).map(textOf).join('');
  return '';
}

function clean(parent: HastParents, keepImage: (src: string) => boolean, state: { droppedImages: number }) {
  const out: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    const el = child;
    const tag = el.tagName.toLowerCase();
    if (DROP.has(tag) || tag.startsWith('v:') || tag.startsWith('w:')) continue;
    // An embed (the renderer's figure, or the editor's card) is its address alone on a line.
    if (tag === 'figure' && el.properties.dataEmbedUrl !== undefined) {
      const url = String(el.properties.dataEmbedUrl);
      out.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] }] });
      continue;
    }
    // The renderer's captioned picture: the caption is the picture's title again.
    if (tag === 'figure' && classesOf(el).includes('picture')) {
      const img = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'img');
      const caption = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
      if (img) {
        const picture: Element = { ...img, properties: { src: img.properties.src, alt: img.properties.alt, ...(caption ? { title: textOf(caption).trim() } : {}) } };
        out.push({ type: 'element', tagName: 'p', properties: {}, children: [picture] });
        continue;
      }
    }
    if (tag === 'img') {
      const src = String(el.properties.src ?? '');
      if (!keepImage(src)) {
        state.droppedImages++;
        continue;
      }
    }
    clean(el, keepImage, state);
    if (tag === 'a' && typeof el.properties.href === 'string') el.properties.href = realHref(el.properties.href);

    const style = styleOf(el);
    // Docs wraps the whole clipboard in <b style="font-weight:normal" id="docs-internal-guid-…">.
    if (tag === 'b' && (/font-weight:(normal|400)/.test(style) || String(el.properties.id ?? '').startsWith('docs-internal-guid'))) {
      out.push(...el.children);
      continue;
    }
    if (tag === 'span' || tag === 'font') {
      // Word's list bullets are drawn text, handled by wordLists; keep the marker for it.
      if (/mso-list:ignore/.test(style)) {
        out.push({ ...el, tagName: 'span', properties: { dataListMarker: textOf(el).replace(/\u00a0/g, ' ').trim() }, children: [] });
        continue;
      }
      let content: ElementContent[] = el.children;
      if (/vertical-align:super/.test(style)) content = [{ type: 'element', tagName: 'sup', properties: {}, children: content }];
      if (/font-style:italic/.test(style)) content = [{ type: 'element', tagName: 'em', properties: {}, children: content }];
      if (/font-weight:(bold|[6-9]00)/.test(style)) content = [{ type: 'element', tagName: 'strong', properties: {}, children: content }];
      out.push(...content);
      continue;
    }
    // Office's empty paragraphs (&nbsp; only) are spacing, not text.
    if (tag === 'p' && !el.children.some((c) => c.type === 'element' && c.tagName !== 'br') && !textOf(el).replace(/[\s\u00a0]/g, '')) continue;
    // Keep only what means something: links, image facts, footnote and list ids, table spans.
    const keep: Element['properties'] = {};
    for (const key of ['href', 'src', 'alt', 'title', 'id', 'name', 'colSpan', 'rowSpan', 'dataFootnoteRef', 'dataFootnoteBackref', 'dataFootnotes', 'dataListMarker']) {
      if (el.properties[key] !== undefined) keep[key] = el.properties[key];
    }
    if (/mso-list:/.test(style)) keep.dataMsoList = style.match(/level(\d+)/)?.[1] ?? '1';
    else if (classesOf(el).some((c) => /^MsoListParagraph/i.test(c))) keep.dataMsoList = '1';
    if (/mso-element:footnote$|mso-element:footnote;/.test(style + ';')) keep.dataWordFootnote = '';
    el.properties = keep;
    out.push(el);
  }
  parent.children = out as typeof parent.children;
}

// ---------------------------------------------------------------------------
// Word draws lists as paragraphs with an mso-list style and a typed marker.

function wordLists(parent: HastParents) {
  const kids = parent.children as ElementContent[];
  const out: ElementContent[] = [];
  let i = 0;
  while (i < kids.length) {
    const node = kids[i];
    if (isWordListParagraph(node)) {
      const run: Element[] = [];
      while (i < kids.length && (isWordListParagraph(kids[i]) || isBlank(kids[i]))) {
        if (isWordListParagraph(kids[i])) run.push(kids[i] as Element);
        i++;
      }
      out.push(...buildList(run));
      continue;
    }
    if (node.type === 'element') wordLists(node);
    out.push(node);
    i++;
  }
  parent.children = out as typeof parent.children;
}

function isWordListParagraph(node: ElementContent | undefined): boolean {
  return !!node && node.type === 'element' && node.tagName === 'p' && node.properties.dataMsoList !== undefined;
}

function isBlank(node: ElementContent | undefined) {
  return !!node && node.type === 'text' && !node.value.trim();
}

function markerOf(p: Element): string {
  let found = '';
  const walk = (n: ElementContent) => {
    if (found || n.type !== 'element') return;
    if (n.properties.dataListMarker !== undefined) found = String(n.properties.dataListMarker);
    else n.children.forEach(walk);
  };
  p.children.forEach(walk);
  return found;
}

function withoutMarker(p: Element): ElementContent[] {
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((n) => !(n.type === 'element' && n.properties.dataListMarker !== undefined))
      .map((n) => (n.type === 'element' ? { ...n, children: strip(n.children) } : n));
  const kids = strip(p.children);
  // The marker is followed by spacing Word types as &nbsp;s.
  const first = kids[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\s\u00a0]+/, '');
  return kids;
}

function buildList(paragraphs: Element[]): Element[] {
  type Frame = { level: number; list: Element };
  const roots: Element[] = [];
  const stack: Frame[] = [];
  for (const p of paragraphs) {
    const level = Number(p.properties.dataMsoList) || 1;
    const ordered = /^(\(?[0-9]+|[a-z]|[ivxlc]+)[.)]$/i.test(markerOf(p));
    while (stack.length && stack[stack.length - 1].level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list: Element = { type: 'element', tagName: ordered ? 'ol' : 'ul', properties: {}, children: [] };
      if (top) {
        const lastItem = top.list.children[top.list.children.length - 1] as Element | undefined;
        if (lastItem) lastItem.children.push(list);
        else top.list.children.push({ type: 'element', tagName: 'li', properties: {}, children: [list] });
      } else roots.push(list);
      top = { level, list };
      stack.push(top);
    }
    top.list.children.push({ type: 'element', tagName: 'li', properties: {}, children: [{ type: 'element', tagName: 'p', properties: {}, children: withoutMarker(p) }] });
  }
  return roots;
}

// ---------------------------------------------------------------------------
// Footnotes. Each source marks a reference as an anchor to the note and the
// note as an element linking back:
//   ours / the editor   <a href="#user-content-fn-1" data-footnote-ref>  <li id="user-content-fn-1">
//   mammoth (.docx)     <a href="#footnote-1" id="footnote-ref-1">         <li id="footnote-1">
//   Word (clipboard)    <a href="#_ftn1" name="_ftnref1">                  <div id="ftn1" style="mso-element:footnote">
//   Google Docs         <a href="#ftnt1" id="ftnt_ref1">                   <p><a href="#ftnt_ref1" id="ftnt1">[1]</a> …</p>

const REF = /^#(?:user-content-fn-|footnote-(?!ref-)|_ftn(?!ref)|ftnt(?!_ref))(.+)$/;
const BACKREF = /^#(?:user-content-fnref-|footnote-ref-|_ftnref|ftnt_ref)(.+)$/;
const DEF_ID = /^(?:user-content-fn-|footnote-(?!ref-)|ftn(?!t)|_ftn(?!ref)|ftnt(?!_ref))(.+)$/;

type Note = { key: string; label: string; content: ElementContent[] };

function extractFootnotes(tree: HastRoot, firstFootnote?: number): Note[] {
  const notes = new Map<string, Note>();
  const labels = new Map<string, string>();

  // Definitions first (so references inside them are not taken as body references).
  const takeDefinitions = (parent: HastParents) => {
    const kids = parent.children as ElementContent[];
    for (let i = 0; i < kids.length; i++) {
      const el = kids[i];
      if (el.type !== 'element') continue;
      const key = definitionKey(el);
      if (key) {
        const content = stripBackrefs(el.tagName === 'p' ? [el] : el.children);
        notes.set(key, { key, label: key, content });
        kids.splice(i, 1);
        i--;
        continue;
      }
      takeDefinitions(el);
    }
  };
  takeDefinitions(tree);
  if (notes.size === 0) return [];

  let counter = 0;
  const replaceRefs = (parent: HastParents) => {
    const kids = parent.children as ElementContent[];
    for (let i = 0; i < kids.length; i++) {
      const el = kids[i];
      if (el.type !== 'element') continue;
      const ref = refAnchor(el);
      const key = ref ? String(ref.properties.href).match(REF)?.[1] : undefined;
      if (ref && key && notes.has(key)) {
        if (!labels.has(key)) {
          counter++;
          labels.set(key, firstFootnote ? String(firstFootnote + counter - 1) : footnoteLabel(textOf(ref), counter));
        }
        kids[i] = { type: 'element', tagName: FOOTNOTE_REF_TAG, properties: { dataLabel: labels.get(key)! }, children: [] };
        continue;
      }
      replaceRefs(el);
    }
  };
  replaceRefs(tree);
  for (const note of notes.values()) note.content.forEach((c) => c.type === 'element' && replaceRefs(c));
  removeEmptyShells(tree);

  return [...notes.values()]
    .filter((n) => labels.has(n.key))
    .map((n) => ({ ...n, label: labels.get(n.key)! }));
}

function definitionKey(el: Element): string | null {
  const id = String(el.properties.id ?? el.properties.name ?? '');
  if (el.tagName === 'li' && DEF_ID.test(id) && !/^(ftn|_ftn)/.test(id)) return id.match(DEF_ID)![1];
  if (el.tagName === 'div' && el.properties.dataWordFootnote !== undefined) return id.match(/^ftn(.+)$/)?.[1] ?? null;
  // Docs: a paragraph opening with its own back-link anchor.
  if (el.tagName === 'p') {
    const first = el.children.find((c) => c.type === 'element') as Element | undefined;
    const href = first?.tagName === 'a' ? String(first.properties.href ?? '') : '';
    const m = href.match(/^#ftnt_ref(.+)$/);
    if (m) return m[1];
  }
  return null;
}

/** The anchor that makes this element a footnote reference: the element itself or a lone <sup> wrapper's. */
function refAnchor(el: Element): Element | null {
  const isRef = (n: Element) => n.tagName === 'a' && REF.test(String(n.properties.href ?? ''));
  if (isRef(el)) return el;
  if (el.tagName === 'sup') {
    const inner = el.children.filter((c) => c.type === 'element' || (c.type === 'text' && c.value.trim()));
    if (inner.length === 1 && inner[0].type === 'element' && isRef(inner[0])) return inner[0];
  }
  return null;
}

function footnoteLabel(text: string, n: number): string {
  const t = text.replace(/[[\]\s\u00a0]/g, '');
  return /^[A-Za-z0-9-]+$/.test(t) ? t : String(n);
}

function stripBackrefs(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const n of nodes) {
    if (n.type === 'element') {
      const href = String(n.properties.href ?? '');
      if (n.tagName === 'a' && (BACKREF.test(href) || n.properties.dataFootnoteBackref !== undefined)) continue;
      // Word's own "[1]" marker at the start of the note.
      if (n.tagName === 'a' && /^#_ftnref/.test(href)) continue;
      out.push({ ...n, children: stripBackrefs(n.children) });
    } else out.push(n);
  }
  // The marker's trailing space.
  const first = out.find((n) => n.type === 'element') as Element | undefined;
  const lead = first?.children[0];
  if (lead?.type === 'text') lead.value = lead.value.replace(/^[\s\u00a0]+/, '');
  return out;
}

/** Footnote sections, lists and rules left empty once their notes moved out. */
function removeEmptyShells(parent: HastParents) {
  const kids = parent.children as ElementContent[];
  for (let i = kids.length - 1; i >= 0; i--) {
    const el = kids[i];
    if (el.type !== 'element') continue;
    removeEmptyShells(el);
    const meaningful = el.children.some((c) =>
      c.type === 'element' ? !(c.tagName === 'h2' && c.properties.id === 'footnote-label') && !['br', 'hr'].includes(c.tagName) : c.type === 'text' && !!c.value.trim(),
    );
    if (['ol', 'ul', 'section', 'div'].includes(el.tagName) && !meaningful) kids.splice(i, 1);
    else if (el.properties.dataFootnotes !== undefined && !el.children.some((c) => c.type === 'element' && c.tagName !== 'h2')) kids.splice(i, 1);
  }
  // A rule Word or Docs drew above the notes, now the last thing in the body.
  while (kids.length) {
    const last = kids[kids.length - 1];
    if (last.type === 'text' && !last.value.trim()) kids.pop();
    else if (last.type === 'element' && last.tagName === 'hr' && parent.type === 'root') kids.pop();
    else break;
  }
}

function wrapPhrasing(children: RootContent[]): FootnoteDefinition['children'] {
  const blocks: FootnoteDefinition['children'] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.length) blocks.push({ type: 'paragraph', children: run as never });
    run = [];
  };
  for (const c of children) {
    if (['paragraph', 'list', 'blockquote', 'table', 'code', 'heading', 'thematicBreak'].includes(c.type)) {
      flush();
      blocks.push(c as never);
    } else run.push(c);
  }
  flush();
  return blocks;
}

// ---------------------------------------------------------------------------
// Tables: Word and Docs never mark a header row; the first row is one.

function headerRows(parent: HastParents) {
  for (const child of parent.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table') {
      const rows: Element[] = [];
      const collect = (n: Element) => n.children.forEach((c) => c.type === 'element' && (c.tagName === 'tr' ? rows.push(c) : ['thead', 'tbody', 'tfoot'].includes(c.tagName) && collect(c)));
      collect(child);
      const first = rows[0];
      if (first && !rows.some((r) => r.children.some((c) => c.type === 'element' && c.tagName === 'th'))) {
        for (const cell of first.children) {
          if (cell.type === 'element' && cell.tagName === 'td') {
            cell.tagName = 'th';
            cell.children = unwrapBold(cell.children);
          }
        }
      }
      continue;
    }
    headerRows(child);
  }
}

function unwrapBold(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((n) => (n.type !== 'element' ? [n] : ['b', 'strong'].includes(n.tagName) ? unwrapBold(n.children) : [{ ...n, children: unwrapBold(n.children) }]));
}

// ---------------------------------------------------------------------------
// Markdown tidying: lists of one-paragraph items are tight, and line breaks
// Office puts between blocks are not text.

function tidy(node: MdastNodes) {
  if (!('children' in node)) return;
  const kids = node.children as MdastNodes[];
  for (let i = kids.length - 1; i >= 0; i--) {
    const c = kids[i];
    if (c.type === 'break' && (node.type === 'root' || node.type === 'listItem' || node.type === 'blockquote')) kids.splice(i, 1);
    else if (c.type === 'paragraph' && c.children.every((p) => p.type === 'break' || (p.type === 'text' && !p.value.trim()))) kids.splice(i, 1);
    else tidy(c);
  }
  if (node.type === 'paragraph') {
    while (node.children[0]?.type === 'break') node.children.shift();
    while (node.children.at(-1)?.type === 'break') node.children.pop();
  }
  if (node.type === 'list') {
    const tight = node.children.every((item) => item.children.length <= 1 || item.children.slice(1).every((c) => c.type === 'list'));
    if (tight) {
      node.spread = false;
      node.children.forEach((item) => (item.spread = false));
    }
  }
}

/** The page's title is its only h1: a document whose headings start at level 1 moves down one. */
function demoteHeadings(root: MdastRoot) {
  const headings: { depth: number }[] = [];
  const walk = (n: MdastNodes) => {
    if (n.type === 'heading') headings.push(n);
    if ('children' in n) (n.children as MdastNodes[]).forEach(walk);
  };
  walk(root);
  if (!headings.some((h) => h.depth === 1)) return;
  for (const h of headings) h.depth = Math.min(6, h.depth + 1) as typeof h.depth;
}

function takeTitle(tree: HastRoot): string | undefined {
  const h1s: Element[] = [];
  const walk = (n: HastParents) => (n.children as ElementContent[]).forEach((c) => c.type === 'element' && (c.tagName === 'h1' ? h1s.push(c) : walk(c)));
  walk(tree);
  const first = (tree.children as ElementContent[]).find((c) => c.type === 'element' || (c.type === 'text' && c.value.trim()));
  const marked = (el: Element) => classesOf(el).includes('doc-title');
  if (!first || first.type !== 'element' || first.tagName !== 'h1' || !(marked(first) || h1s.length === 1)) return undefined;
  tree.children.splice(tree.children.indexOf(first), 1);
  return textOf(first).replace(/\s+/g, ' ').trim() || undefined;
}
