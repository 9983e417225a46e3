// How `next start` is run, by `npm start`, the topology tests and the benchmark alike.
//
// Measured at 100,000 pieces with 64 concurrent cold article renders (issue 14):
// the live heap is ~145 MB, most of it compiled code and the source text V8
// keeps for it; the rest of a 650–780 MB peak was garbage V8 had not yet
// collected, because an unbounded old space grows while memory is plentiful,
// and glibc's per-thread malloc arenas. A bounded old space and two arenas
// bring the peak to ~370–400 MB and the idle footprint back to ~290 MB, for
// ~10% fewer cold renders per second (more frequent collections).
//
// 256 MB proved too tight once citations, podcasts and events were in: the
// PostgreSQL test server's live heap after a full collection settles at
// ~220-250 MB within two minutes of editorial work (heap snapshots: ~36 MB
// compiled code, ~45 MB strings, three citeproc engines with ~140,000 compiled
// style tokens, the 32 MB page copy; the same between two snapshots minutes
// apart, so no leak), and a server at its bound collects garbage until it dies
// ("Ineffective mark-compacts near heap limit", CI). 512 MB leaves headroom.
//
//   NODE_HEAP_MB   the old-space bound in MB (512); raise it for very large imports

/** Node flags for the server process. */
export function serverNodeFlags(env = process.env) {
  const heap = Number(env.NODE_HEAP_MB ?? 512);
  return [`--max-old-space-size=${heap}`, '--max-semi-space-size=8'];
}

/** Environment additions for the server process (the caller's own settings win). */
export function serverEnv(env = process.env) {
  return { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}
