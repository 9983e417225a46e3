import { checkReadiness } from '@/lib/health';

// Readiness: the database and the shared cache answer. A load balancer sends
// readers only to instances that answer 200 here.
export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
