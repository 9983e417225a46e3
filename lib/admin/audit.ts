import 'server-only';
import { db, type DbOrTx } from '../db';

/** Pass the write's transaction so the audit line commits with it, or not at all. */
export async function recordAudit(userId: string | null, action: string, subject = '', detail = '', client: DbOrTx = db): Promise<void> {
  await client.auditLog.create({ data: { userId, action, subject, detail: detail.slice(0, 500) } });
}

export async function listAudit(take = 200) {
  return db.auditLog.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, action: true, subject: true, detail: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
}
