import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-bold uppercase tracking-wider text-accent">Error 404</p>
      <h1 className="mt-3 font-serif text-4xl font-bold">We couldn’t find that page</h1>
      <p className="mt-4 text-lg text-muted">
        The piece may have moved, or the address may be mistyped. Try our latest analysis or browse by topic.
      </p>
      <ul className="mt-8 flex flex-wrap justify-center gap-3">
        <li>
          <Link href="/" className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
            Home page
          </Link>
        </li>
        <li>
          <Link href="/publications" className="inline-flex min-h-11 items-center rounded border border-brand px-5 font-semibold text-brand hover:bg-paper">
            All publications
          </Link>
        </li>
        <li>
          <Link href="/experts" className="inline-flex min-h-11 items-center rounded border border-brand px-5 font-semibold text-brand hover:bg-paper">
            Our experts
          </Link>
        </li>
      </ul>
    </div>
  );
}
