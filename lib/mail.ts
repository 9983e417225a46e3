import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

// E-mail (staff: review requests, requested changes, publication, mentions;
// readers: event registrations, newsletter confirmations and digests)
// over SMTP with nodemailer. Off unless SMTP_URL is set
// (smtp://user:pass@host:587, or smtps:// for TLS from the start); MAIL_FROM
// is the sender. A failed send is logged and never fails the write that
// caused it: the piece is saved either way, and the dashboard shows the same
// facts (waiting count, comments).

let transport: Transporter | null | undefined;

function transporter(): Transporter | null {
  if (transport !== undefined) return transport;
  const url = process.env.SMTP_URL;
  transport = url ? nodemailer.createTransport(url) : null;
  return transport;
}

export function mailConfigured(): boolean {
  return !!process.env.SMTP_URL;
}

export type Mail = { to: string[]; subject: string; text: string; html?: string; attachments?: { filename: string; content: string; contentType: string }[]; headers?: Record<string, string> };

export async function sendMail(mail: Mail): Promise<boolean> {
  const t = transporter();
  const to = [...new Set(mail.to.filter(Boolean))];
  if (!t || to.length === 0) return false;
  try {
    await t.sendMail({ from: process.env.MAIL_FROM ?? 'Publishing <publishing@localhost>', to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments, headers: mail.headers });
    return true;
  } catch (e) {
    console.warn(`[mail] could not send "${mail.subject}" to ${to.length} recipient(s): ${(e as Error).message}`);
    return false;
  }
}
