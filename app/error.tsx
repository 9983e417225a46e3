'use client';

// What readers see when a page cannot be rendered (the database is down, a
// query timed out). Never a stack trace: the digest lets staff find the error
// in the server log.
export default function ReaderError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-bold uppercase tracking-wider text-accent">Temporarily unavailable</p>
      <h1 className="mt-3 font-serif text-4xl font-bold">This page could not be loaded</h1>
      <p className="mt-4 text-lg text-muted">Our site is having a problem reaching its archive. Please try again in a moment.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
      >
        Try again
      </button>
      {error.digest ? <p className="mt-6 text-sm text-muted">Reference: {error.digest}</p> : null}
    </div>
  );
}
