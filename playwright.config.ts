import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// One production build serves every server in the suite, as one build serves
// every instance in production. Made once per run (workers inherit the flag);
// E2E_SKIP_BUILD=1 reuses the last one while developing.
if (!process.env.E2E_BUILT && process.env.E2E_SKIP_BUILD !== '1') {
  const res = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: '.next-e2e' } });
  if (res.status !== 0) throw new Error('production build failed');
}
process.env.E2E_BUILT = '1';

// Debian's Chromium where it exists (our machines and CI: Playwright cannot
// download its own browser there); Playwright's bundled browser elsewhere.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] }
  : {};

// Every run covers both databases; E2E_DATABASES=sqlite narrows it while developing.
const databases = (process.env.E2E_DATABASES ?? 'sqlite,postgres').split(',').map((d) => d.trim());
const ports: Record<string, number> = { sqlite: 3100, postgres: 3101 };

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Journeys (write, preview, publish, rename, find everywhere) run ~60 s on two busy cores.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure', launchOptions },
  // Reading tests run first on the pristine demo content; publishing tests,
  // which add pieces, run after them on the same server.
  projects: [
    ...databases.flatMap((db) => [
    {
      name: db,
      testIgnore: /(publishing|management|security|topology|restart)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${ports[db]}`, launchOptions },
    },
    {
      name: `${db}-publishing`,
      testMatch: /(publishing|management|security)\.spec\.ts/,
      dependencies: [db],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${ports[db]}`, launchOptions },
    },
    ]),
    // Servers of its own (restarts, two instances, the Varnish front), after
    // the rest so they do not compete for the machine's two cores.
    {
      name: 'topology',
      testMatch: /(topology|restart)\.spec\.ts/,
      dependencies: databases.map((db) => `${db}-publishing`),
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: databases.map((db) => ({
    command: `node scripts/e2e-server.mjs ${db} ${ports[db]}`,
    url: `http://localhost:${ports[db]}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  })),
});
