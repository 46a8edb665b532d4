import type { APIRoute } from 'astro';
import css from '../../styles/global.css?inline';

/** The site's stylesheet, for the editor's preview (src/scripts/admin.ts registers it). */
export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
