// A real SMTP server for tests (smtp-server), collecting what it receives.
// `refuse` makes it answer every message with a temporary failure, as a mail
// server in trouble does.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  /** The HTML part, if the message has one ('' if not). */
  html: string;
  header: (name: string) => string | undefined;
  attachments: { filename: string; content: string }[];
};

export type TestSmtp = { inbox: ReceivedMail[]; url: string; refuse: boolean; close: () => Promise<void> };

export async function startTestSmtp(): Promise<TestSmtp> {
  const inbox: ReceivedMail[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      if (state.refuse) {
        stream.resume();
        stream.on('end', () => cb(Object.assign(new Error('mailbox unavailable'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((m) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: m.subject ?? '',
            text: m.text ?? '',
            html: typeof m.html === 'string' ? m.html : '',
            header: (name) => m.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, ''),
            attachments: m.attachments.map((a) => ({ filename: a.filename ?? '', content: a.content.toString('utf8') })),
          });
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    inbox,
    url: `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`,
    get refuse() {
      return state.refuse;
    },
    set refuse(v: boolean) {
      state.refuse = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
