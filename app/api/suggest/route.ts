import { NextResponse } from 'next/server';
import { suggestExperts } from '@/lib/experts';
import { getTaxonomy } from '@/lib/taxonomy';
import { suggest } from '@/lib/suggest';

// Experts and topics whose names start with (a word of) what the reader typed.
// Experts are asked of the database (thousands of them); the few hundred topics come from the cached taxonomy.
export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100);
  const [experts, taxonomy] = await Promise.all([suggestExperts(q), getTaxonomy()]);
  return NextResponse.json(suggest(q, experts, taxonomy.topics), { headers: { 'Cache-Control': 'public, max-age=60' } });
}
