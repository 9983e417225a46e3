// Editors set what a program's page shows: director, description and
// highlights. A refused save keeps what was chosen; contributors cannot edit.
import { test, expect } from './fixtures';
import { signIn, signedInPage } from './admin';
import { articles } from '../prisma/seed/content';

const title = (slug: string) => articles.find((a) => a.slug === slug)!.title;

test('an editor names a director and highlights for a program, and the public page shows them', async ({ page, browser }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/programs');
  const form = page.getByRole('form', { name: 'Program: Indo-Pacific Security' });
  const description = 'Follows the military balance in Asia, the defense of Taiwan and the alliances that underpin both.';
  await form.getByLabel('Description').fill(description);
  await form.getByLabel('Director').selectOption({ label: 'Hana Morikawa-Drake (Fellow, Indo-Pacific Security Program)' });
  await form.getByLabel('Highlight 1').selectOption({ label: title('taiwans-porcupine-strategy-needs-a-budget-to-match') });
  await form.getByLabel('Highlight 2').selectOption({ label: title('deterrence-by-denial-in-the-western-pacific') });

  // An empty name is refused with the other choices kept.
  await form.getByLabel('Name').fill('');
  await form.getByRole('button', { name: 'Save program' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  const again = page.getByRole('form', { name: 'Program: Indo-Pacific Security' });
  await expect(again.getByLabel('Description')).toHaveValue(description);
  await expect(again.getByLabel('Highlight 2')).toHaveValue('article_deterrence-by-denial-in-the-western-pacific');

  await again.getByLabel('Name').fill('Indo-Pacific Security');
  await again.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');

  await page.goto('/programs/indo-pacific-security');
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByTestId('program-director').getByRole('link')).toHaveText('Hana Morikawa-Drake');
  await expect(page.getByTestId('program-highlights').getByRole('heading', { level: 3 })).toHaveText([
    title('taiwans-porcupine-strategy-needs-a-budget-to-match'),
    title('deterrence-by-denial-in-the-western-pacific'),
  ]);
  await page.goto('/programs');
  await expect(page.getByTestId('programs').getByRole('listitem').filter({ hasText: 'Indo-Pacific Security' })).toContainText('Led by Hana Morikawa-Drake');

  // The audit log (an admin's page) records who changed the program.
  const admin = await signedInPage(browser, 'admin');
  await admin.goto('/admin/audit');
  await expect(admin.getByRole('row').filter({ hasText: 'program-edit' }).filter({ hasText: 'Indo-Pacific Security' }).first()).toBeVisible();
  await admin.context().close();
});

test('a contributor is sent away from the programs editor', async ({ page }) => {
  await signIn(page, 'contributor');
  await page.goto('/admin/programs');
  await expect(page).toHaveURL(/\/admin\?denied=1$/);
});
