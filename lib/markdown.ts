import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

// Raw HTML in Markdown is dropped (remark-rehype without allowDangerousHtml),
// and the resulting tree is sanitized with GitHub's allow-list, so scripts,
// event handlers and javascript: URLs never reach a reader. The preview in the
// editor uses this same function, so it renders exactly as the public page.
//
// remark-rehype already prefixes the only ids Markdown can produce (footnotes)
// with "user-content-"; with raw HTML dropped no other id or name can appear,
// so the sanitizer must not prefix them again or footnote links would break.
const schema = { ...defaultSchema, clobberPrefix: '' };

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
