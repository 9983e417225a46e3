import 'server-only';
import { sendMail } from '../mail';
import { site } from '../site';
import { creatorOf, emailsOf, reviewerEmails } from './comments';

// The e-mails the workflow sends (lib/mail.ts; none when SMTP is not configured).

const editorLink = (articleId: string) => `${site.url}/admin/articles/${articleId}`;

export async function notifyReviewRequested(article: { id: string; title: string }, by: { name: string }): Promise<void> {
  await sendMail({
    to: await reviewerEmails(),
    subject: `Waiting for review: ${article.title}`,
    text: `${by.name} submitted “${article.title}” for review.\n\nReview it: ${editorLink(article.id)}\n`,
  });
}

export async function notifyChangesRequested(article: { id: string; title: string }, by: { id: string; name: string }, comment: string): Promise<void> {
  const creator = await creatorOf(article.id);
  if (!creator || creator.id === by.id) return;
  await sendMail({
    to: [creator.email],
    subject: `Changes requested: ${article.title}`,
    text: `${by.name} sent “${article.title}” back with this note:\n\n${comment}\n\nOpen the piece: ${editorLink(article.id)}\n`,
  });
}

export async function notifyPublished(article: { id: string; title: string; slug: string }, by: { id: string; name: string }): Promise<void> {
  const creator = await creatorOf(article.id);
  if (!creator || creator.id === by.id) return;
  await sendMail({
    to: [creator.email],
    subject: `Published: ${article.title}`,
    text: `${by.name} published “${article.title}”.\n\nRead it: ${site.url}/publications/${article.slug}\n`,
  });
}

export async function notifyMentioned(article: { id: string; title: string }, by: { name: string }, userIds: string[], comment: string): Promise<void> {
  await sendMail({
    to: await emailsOf(userIds),
    subject: `${by.name} mentioned you on “${article.title}”`,
    text: `${comment}\n\nReply on the piece: ${editorLink(article.id)}\n`,
  });
}
