import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const SOURCE = {
  slug: 'the-resilience-of-sino-russian-high-tech-cooperation',
  title: 'The Resilience of Sino-Russian High-Tech Cooperation',
  type: 'Commentary',
  date: 'August 12, 2020',
  byline: 'By Samuel Bendett and Elsa B. Kania',
  authors: [
    { name: 'Samuel Bendett', slug: 'samuel-bendett' },
    { name: 'Elsa B. Kania', slug: 'elsa-b-kania' },
  ],
  outlet: 'War on the Rocks',
};

export const MORE_FROM = [
  { title: 'Trump’s Crackdown on Foreign Students Is a Gift to China', byline: 'By Jordan Schneider' },
  { title: 'Trump ‘Humiliated’ as Putin Sends Clear Message That He Doesn’t Care About US', byline: 'By Jim Townsend' },
  {
    title: 'The Hidden Past and Uncertain Future of the U.S. and Ukraine with Celeste Wallander',
    byline: 'By Andrea Kendall-Taylor, Jim Townsend & Celeste Wallander',
  },
  { title: 'Is Russia Under Pressure?', byline: 'By Jeffrey Edmonds' },
];

/** Fails the test with a readable list when axe finds WCAG 2.2 AA violations. */
export async function expectAccessible(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe WCAG 2.2 AA violations').toEqual([]);
}

export const test = base;
export { expect };
