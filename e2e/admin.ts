import { expect, type Browser, type Page } from '@playwright/test';

export const ACCOUNTS = {
  admin: { email: 'admin@example.org', password: 'demo-admin-2026' },
  editor: { email: 'editor@example.org', password: 'demo-editor-2026' },
  contributor: { email: 'contributor@example.org', password: 'demo-contributor-2026' },
} as const;

export async function signIn(page: Page, who: keyof typeof ACCOUNTS) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('E-mail').fill(ACCOUNTS[who].email);
  await page.getByLabel('Password').fill(ACCOUNTS[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
}

export async function signedInPage(browser: Browser, who: keyof typeof ACCOUNTS): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/**
 * The body's Markdown text box. The editor opens in rich-text mode; this
 * switches to the Markdown view (which the browser then remembers) first.
 */
export async function markdownBody(page: Page) {
  const toggle = page.getByRole('button', { name: 'Markdown', exact: true });
  const box = page.getByRole('textbox', { name: 'Body (Markdown)' });
  // A click before the page has hydrated does nothing: try until the box is there.
  await expect(async () => {
    if (!(await box.isVisible())) await toggle.click();
    await expect(box).toBeVisible({ timeout: 1000 });
  }).toPass();
  return box;
}

/** Adds an expert to the byline through the author combobox (which asks the server as one types). */
export async function addAuthor(page: Page, name: string) {
  const box = page.getByRole('combobox', { name: 'Add an author' });
  await box.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`) }).first().click();
  await expect(page.getByTestId('author-list')).toContainText(name);
}

/** A title no other test (or database run) uses. */
export function uniqueTitle(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export type NewPiece = { title: string; type?: string; dek?: string; body: string; authors: string[]; topics?: string[] };

/** Fills the editor for a new piece and creates the draft; returns the editor URL. */
export async function createDraft(page: Page, piece: NewPiece): Promise<string> {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title').fill(piece.title);
  await page.getByLabel('Type').selectOption({ label: piece.type ?? 'Commentary' });
  await page.getByLabel('Summary (dek)').fill(piece.dek ?? `A summary of ${piece.title}, long enough to be cut into a one-line excerpt on cards across the site.`);
  await (await markdownBody(page)).fill(piece.body);
  for (const author of piece.authors) await addAuthor(page, author);
  for (const topic of piece.topics ?? []) await page.getByRole('checkbox', { name: new RegExp(`^${topic}( \\(region\\))?$`) }).check();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?saved=1$/);
  return page.url().replace(/\?.*$/, '');
}

/** Clicks "Save changes" and waits until the server has stored a new version. */
export async function saveChanges(page: Page) {
  const version = Number(await page.locator('input[name="version"]').inputValue());
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('input[name="version"]')).toHaveValue(String(version + 1));
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

/**
 * Saves an edit of a live piece: it is staged (readers keep the live
 * version), so the live version number stays and the page says so.
 */
export async function stageChanges(page: Page) {
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved. They are not public yet' })).toBeVisible();
  await expect(page.getByTestId('staged-badge')).toBeVisible();
}

/** "Publish changes": saves what is on screen and makes it the live version. */
export async function publishChanges(page: Page) {
  const version = Number(await page.locator('input[name="version"]').inputValue());
  await page.getByRole('button', { name: 'Publish changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes published.' })).toBeVisible();
  await expect(page.locator('input[name="version"]')).toHaveValue(String(version + 1));
}
