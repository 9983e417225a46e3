import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/session';
import { listUsers } from '@/lib/admin/users';
import { changeRole, toggleActive } from '@/lib/actions/users';
import { CreateUserForm } from '@/components/admin/CreateUserForm';
import { choices, ROLE_LABELS } from '@/lib/labels';

export const metadata: Metadata = { title: 'Users' };

const messages: Record<string, string> = {
  'last-admin': 'The site must keep at least one active admin.',
  role: 'Choose a valid role.',
  missing: 'That account no longer exists.',
};

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser('users:manage', '/admin/users');
  const [users, flags] = await Promise.all([listUsers(), searchParams]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      {flags.error ? <p role="alert" className="mt-4 rounded border border-accent bg-red-50 p-3 font-semibold text-accent">{messages[flags.error] ?? 'That did not work.'}</p> : null}
      {flags.created || flags.updated ? <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-semibold">Saved.</p> : null}
      <h2 className="mt-8 text-lg font-bold">Add a staff member</h2>
      <div className="mt-2"><CreateUserForm /></div>
      <div className="relative mt-8 overflow-x-auto rounded bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
            <tr><th scope="col" className="p-3">Name</th><th scope="col" className="p-3">E-mail</th><th scope="col" className="p-3">Role</th><th scope="col" className="p-3">Access</th></tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {users.map((u) => (
              <tr key={u.id} className={u.active ? '' : 'text-muted'}>
                <td className="p-3 font-semibold">{u.name}</td>
                <td className="p-3">{u.email}</td>
                <td className="p-3">
                  <form action={changeRole} className="flex gap-2">
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="sr-only" htmlFor={`role-${u.id}`}>Role of {u.name}</label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role} className="min-h-9 rounded border border-muted bg-white px-1">
                      {choices(ROLE_LABELS).map(([value, label]) => (
                        <option key={value} value={value}>{label}</option>
                      ))}
                    </select>
                    <button type="submit" className="min-h-9 rounded border border-brand px-2 font-semibold text-brand">Change</button>
                  </form>
                </td>
                <td className="p-3">
                  <form action={toggleActive}>
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="active" value={String(!u.active)} />
                    <button type="submit" className="min-h-9 rounded border px-2 font-semibold">{u.active ? 'Deactivate' : 'Reactivate'}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
