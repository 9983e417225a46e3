import Link from 'next/link';
import { ExpertPhoto } from '@/components/experts/ExpertPhoto';
import type { ProgramMember } from '@/lib/programs';

/** The director, then the team, each linking to their profile. */
export function ProgramTeam({ program, director, team, teamSize }: { program: { slug: string; name: string }; director: ProgramMember | null; team: ProgramMember[]; teamSize: number }) {
  if (!director && team.length === 0) return null;
  const person = (m: ProgramMember, size: number) => (
    <div className="flex gap-4">
      <ExpertPhoto name={m.name} url={m.photoUrl} alt={m.photoAlt} size={size} />
      <div>
        <p className="font-serif text-lg font-bold">
          <Link href={`/experts/${m.slug}`} className="text-ink hover:text-brand hover:underline">
            {m.name}
          </Link>
        </p>
        <p className="mt-1 text-sm text-muted">{m.title}</p>
      </div>
    </div>
  );
  return (
    <section aria-labelledby="program-team" className="mt-12" data-testid="program-team">
      <h2 id="program-team" className="font-serif text-2xl font-bold">People</h2>
      {director ? (
        <div className="mt-4 rounded border border-rule bg-white p-4" data-testid="program-director">
          <p className="mb-3 text-xs font-bold uppercase tracking-wider text-accent">Director</p>
          {person(director, 80)}
        </div>
      ) : null}
      {team.length ? (
        <ul className="mt-6 grid gap-6 sm:grid-cols-2">
          {team.map((m) => (
            <li key={m.slug} className="border-t border-rule pt-4">
              {person(m, 56)}
            </li>
          ))}
        </ul>
      ) : null}
      {teamSize > team.length + (director ? 1 : 0) ? (
        <p className="mt-6 text-sm">
          <Link href={`/experts?program=${program.slug}`} className="font-semibold text-brand underline-offset-4 hover:underline">
            All {teamSize} people in {program.name}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
