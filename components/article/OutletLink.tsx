/** For pieces first published elsewhere: the way to the full text. */
export function OutletLink({ name, url }: { name: string; url: string }) {
  return (
    <p className="mt-8">
      <a
        href={url}
        rel="noopener"
        className="inline-flex min-h-11 items-center gap-2 rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark"
        data-testid="outlet-link"
      >
        Read the full article in {name}
        <span aria-hidden="true">→</span>
      </a>
    </p>
  );
}
