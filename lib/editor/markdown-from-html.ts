// The converter over parse5 (hast-util-from-html): for the server (.docx
// import) and the tests. The editor uses markdown-from-dom.ts.
import { fromHtml } from 'hast-util-from-html';
import { markdownFromHast, type Conversion, type ConvertOptions } from './markdown-from-hast';

export type { Conversion, ConvertOptions } from './markdown-from-hast';

export function markdownFromHtml(html: string, options: ConvertOptions = {}): Conversion {
  return markdownFromHast(fromHtml(html, { fragment: true }), options);
}
