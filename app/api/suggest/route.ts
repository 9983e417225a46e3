import { NextResponse } from 'next/server';
import { listExperts } from '@/lib/experts';
import { getTaxonomy } from '@/lib/taxonomy';
import { suggest } from '@/lib/suggest';

// Experts and topics whose names start with (a word of) what the reader typed.
export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100);
  const [experts, taxonomy] = await Promise.all([listExperts(), getTaxonomy()]);
  return NextResponse.json(suggest(q, experts, taxonomy.topics), { headers: { 'Cache-Control': 'public, max-age=60' } });
}
