import type { APIRoute } from 'astro';
import { CMS_FOLDER } from '../../integrations/cms';
import { EDITOR_POLICY } from '../../lib/headers';
import { factsIn } from '../../lib/site';
import { site } from '../../site.config';

/**
 * The editor's page (docs/editing.md): a page of its own, not made with the site's layout, so that it carries its
 * own policy (`EDITOR_POLICY`), tells search engines to stay away, and loads nothing of the site but its stylesheet
 * (for the preview). The site's pages load nothing of the editor.
 */
export const GET: APIRoute = () => {
  const name = factsIn(site, site.languages[0]!).name.text;
  const html = `<!DOCTYPE html>
<html lang="${site.languages[0]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${EDITOR_POLICY}">
<title>Editor · ${name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>
<link rel="cms-config-url" type="application/yaml" href="config.yml">
<script type="module" src="${CMS_FOLDER.replace(/^admin\//, '')}/admin.js"></script>
</head>
<body></body>
</html>
`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
