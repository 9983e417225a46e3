import { transcriptParagraphs } from '@/lib/podcasts/format';

/** The whole transcript, in the page (found by search engines and the site search), with who is speaking. */
export function Transcript({ text, slug }: { text: string; slug: string }) {
  const paragraphs = transcriptParagraphs(text);
  return (
    <section id="transcript" aria-labelledby="transcript-heading" className="mt-10 border-t border-rule pt-6" data-testid="transcript">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="transcript-heading" className="font-serif text-2xl font-bold">Transcript</h2>
        <a href={`/publications/${slug}/transcript.txt`} className="text-sm font-semibold text-brand underline">Download as text</a>
      </div>
      <div className="mt-4 space-y-4 leading-relaxed">
        {paragraphs.map((p, i) => (
          <p key={i}>
            {p.speaker ? <strong className="font-semibold">{p.speaker}: </strong> : null}
            {p.text}
          </p>
        ))}
      </div>
    </section>
  );
}
