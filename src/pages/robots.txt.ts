import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

/** Lets every crawler in and points it to the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
