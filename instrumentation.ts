// Runs once when each server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startGoLiveTicker } = await import('./lib/publishing/go-live');
  startGoLiveTicker();
}
