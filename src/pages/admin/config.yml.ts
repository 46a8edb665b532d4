import type { APIRoute } from 'astro';
import { dump } from 'js-yaml';
import { collections } from '../../content.config';
import { cmsConfig } from '../../lib/cms/config';
import { shapeDocs } from '../../lib/cms/docs';
import { factsIn } from '../../lib/site';
import { site } from '../../site.config';

/** The schemas' sources, whose JSDoc becomes the forms' hints. */
const sources = import.meta.glob<string>('../../schemas/*.ts', { query: '?raw', import: 'default', eager: true });

/** The editor's configuration (src/lib/cms/config.ts), made from src/content.config.ts at every build and in `astro dev`. */
export const GET: APIRoute = () => {
  const docs = Object.entries(sources).flatMap(([file, source]) => shapeDocs(source, file));
  const config = cmsConfig(collections, {
    site: { ...site, name: factsIn(site, site.languages[0]!).name.text },
    docs,
  });
  const header =
    '# Made from src/content.config.ts by src/pages/admin/config.yml.ts: change the schemas, not this file.\n';
  return new Response(header + dump(config, { lineWidth: -1, noRefs: true }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
