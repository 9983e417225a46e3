import { answerApi, answerPreflight } from '@/lib/api/http';

// The public read API (lib/api/): JSON, described at /api/v1/openapi.json.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return answerApi(request, (await params).path);
}

export function OPTIONS() {
  return answerPreflight();
}
