// The converter over the browser's own HTML parser (DOMParser), which parses
// by the same HTML standard as parse5 and costs the editor nothing to ship.
import { fromDom } from 'hast-util-from-dom';
import type { Root } from 'hast';
import { markdownFromHast, type Conversion, type ConvertOptions } from './markdown-from-hast';

export function markdownFromHtml(html: string, options: ConvertOptions = {}): Conversion {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const tree = fromDom(body) as unknown as { children: Root['children'] };
  return markdownFromHast({ type: 'root', children: tree.children }, options);
}
