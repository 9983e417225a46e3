import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  (await draftMode()).disable();
  const back = new URL(request.url).searchParams.get('to') ?? '/';
  return NextResponse.redirect(new URL(back.startsWith('/') && !back.startsWith('//') ? back : '/', request.url), 303);
}
