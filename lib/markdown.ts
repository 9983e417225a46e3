import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, ElementContent, Root } from 'hast';
import { embedFor, facadeDocument, type Embed } from './embeds';
import { dimensionsOf } from './media/dimensions';

// Raw HTML in Markdown is dropped (remark-rehype without allowDangerousHtml),
// and the resulting tree is sanitized with GitHub's allow-list, so scripts,
// event handlers and javascript: URLs never reach a reader. The preview in the
// editor uses this same function, so it renders exactly as the public page.
//
// remark-rehype already prefixes the only ids Markdown can produce (footnotes)
// with "user-content-"; with raw HTML dropped no other id or name can appear,
// so the sanitizer must not prefix them again or footnote links would break.
const schema = { ...defaultSchema, clobberPrefix: '' };

// After the sanitizer: a paragraph that is only an allow-listed address
// (lib/embeds.ts) becomes our own player or chart markup. The author's text
// never supplies markup; the address is matched and rebuilt.
function rehypeEmbeds() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return node;
      const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
      const link = kids[0];
      if (kids.length !== 1 || link.type !== 'element' || link.tagName !== 'a') return node;
      const href = String(link.properties.href ?? '');
      const text = link.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim();
      if (text !== href) return node;
      const embed = embedFor(href);
      return embed ? embedFigure(embed) : node;
    });
  };
}

// Pictures from our library (whose address carries their size, see
// lib/media/dimensions.ts): the page reserves their space, those after the
// first load lazily, and one alone in its paragraph with a title becomes a
// figure captioned with it ("Caption. Credit"). Pictures from elsewhere are
// left exactly as Markdown drew them, so earlier pieces render as they did.
function rehypeImages() {
  return (tree: Root) => {
    let seen = 0;
    const sized = (img: Element) => {
      const first = seen++ === 0;
      const d = dimensionsOf(String(img.properties.src ?? ''));
      if (!d) return false;
      Object.assign(img.properties, { width: d.width, height: d.height, ...(first ? {} : { loading: 'lazy' }), decoding: 'async' });
      return true;
    };
    const walk = (node: Root | Element) => {
      node.children.forEach((child, i) => {
        if (child.type !== 'element') return;
        if (child.tagName === 'img') return void sized(child);
        if (child.tagName === 'p' && node.type === 'root') {
          const kids = child.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
          const img = kids[0];
          if (kids.length === 1 && img.type === 'element' && img.tagName === 'img' && img.properties.title && dimensionsOf(String(img.properties.src ?? ''))) {
            const caption = String(img.properties.title);
            delete img.properties.title;
            sized(img);
            node.children[i] = el('figure', { className: ['picture'] }, [img, el('figcaption', {}, [txt(caption)])]);
            return;
          }
        }
        walk(child);
      });
    };
    walk(tree);
  };
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): ElementContent => ({ type: 'text', value });

function embedFigure(embed: Embed): Element {
  const figure = (children: ElementContent[]) => el('figure', { className: ['embed', `embed-${embed.kind}`], dataEmbedUrl: embed.url }, children);
  if (embed.kind === 'audio') {
    const name = embed.url.split('/').pop() ?? 'audio';
    return figure([
      el('audio', { controls: true, preload: 'none', src: embed.src }, [txt('Your browser cannot play this audio here: ')]),
      el('figcaption', {}, [el('a', { href: embed.url, download: '' }, [txt(`Download the audio (${name.split('.').pop()!.toUpperCase()})`)])]),
    ]);
  }
  if (embed.kind === 'pdf') {
    return figure([el('a', { href: embed.url, className: ['embed-pdf-link'] }, [txt(`Read the PDF (${embed.url.split('/').pop()})`)])]);
  }
  const what = embed.kind === 'video' ? `${embed.provider} video` : `${embed.provider} chart`;
  return figure([
    el('div', { className: ['embed-frame', `embed-frame-${embed.kind}`] }, [
      el('iframe', {
        title: `${what} (loads from ${embed.provider} only when you press play)`,
        srcDoc: facadeDocument(embed),
        loading: 'lazy',
        allow: 'autoplay; fullscreen; picture-in-picture; encrypted-media',
        allowFullScreen: true,
        referrerPolicy: 'strict-origin-when-cross-origin',
        // No sandbox: the facade is script-free HTML of ours, and the player it
        // leads to is another origin. A sandbox that lets the player work
        // (allow-scripts with allow-same-origin) would protect nothing (HTML's
        // own rules say so, and the Nu checker refuses it).
      }),
    ]),
    el('figcaption', {}, [el('a', { href: embed.url }, [txt(embed.kind === 'video' ? `Watch on ${embed.provider}` : `Open the chart on ${embed.provider}`)])]),
  ]);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeEmbeds)
  .use(rehypeImages)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
