import { snippetParts } from '@/lib/search-query';

/** A search snippet with the matched words marked; rendered as text, never as HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="text-[0.95rem] leading-relaxed text-muted" data-testid="snippet">
      {snippetParts(text).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
