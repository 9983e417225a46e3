import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { expect } from '@playwright/test';

export type Received = { to: string[]; subject: string; text: string; attachments: { filename: string; contentType: string; content: string }[] };

/**
 * A real SMTP server on the port the app under test sends to
 * (scripts/e2e-server.mjs: the app's port + 25), collecting what arrives.
 */
export async function startMailbox(appPort: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            attachments: mail.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
          });
          callback();
        })
        .catch(callback);
    },
  });
  // One mailbox per app at a time (the app sends to one port): a test that
  // finds it taken by another test's waits its turn.
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(appPort + 25, '127.0.0.1', () => resolve());
      });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return {
    received,
    /** Waits for a message to `to` whose subject contains `subject`. */
    async waitFor(to: string, subject: string): Promise<Received> {
      let found: Received | undefined;
      await expect
        .poll(() => (found = received.find((m) => m.to.includes(to) && m.subject.includes(subject))), { message: `an e-mail to ${to} about “${subject}”`, timeout: 15_000 })
        .toBeTruthy();
      return found!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
