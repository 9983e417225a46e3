// Liveness: the process answers HTTP. A load balancer restarts an instance that stops answering here.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
