export function PullQuote({ text }: { text: string }) {
  return (
    <figure className="my-8 border-y-4 border-accent py-5 print:border-y-2">
      <blockquote className="font-serif text-2xl font-semibold italic leading-snug text-brand" data-testid="pull-quote">
        <p>“{text.replace(/^["“]|["”]$/g, '')}”</p>
      </blockquote>
    </figure>
  );
}
