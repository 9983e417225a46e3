// Lighthouse (mobile defaults: emulated Moto G Power, simulated slow 4G) on
// Debian's Chromium, or on CHROMIUM_PATH.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export async function lighthouseScores(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const out = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      // One throwaway run warms the server's caches, so the page is measured, not its first render.
      await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
      const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
      const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && a.details?.type !== 'opportunity')
        .map((a) => a.id);
      out[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        failingAudits: failing,
      };
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
