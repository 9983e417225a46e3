import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';
import { generateSitemaps } from './sitemap';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const sitemaps = await generateSitemaps();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/search'] }],
    sitemap: sitemaps.map(({ id }) => `${site.url}/sitemap/${id}.xml`),
  };
}
