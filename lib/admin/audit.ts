import 'server-only';
import { db } from '../db';

export async function recordAudit(userId: string | null, action: string, subject = '', detail = ''): Promise<void> {
  await db.auditLog.create({ data: { userId, action, subject, detail: detail.slice(0, 500) } });
}

export async function listAudit(take = 200) {
  return db.auditLog.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, action: true, subject: true, detail: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
}
