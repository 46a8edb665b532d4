// The editor at /admin/ (docs/editing.md): Sveltia CMS, bundled with the site by src/integrations/cms.ts, configured
// by /admin/config.yml (made from the content schemas, src/pages/admin/config.yml.ts).
import CMS from '@sveltia/cms';

/**
 * The preview is styled by the site's own stylesheets: those its home page loads (files when built; in `astro dev`,
 * styles in the page).
 */
async function usePreviewStyles(): Promise<void> {
  const home = new URL('../', document.baseURI);
  const page = new DOMParser().parseFromString(await (await fetch(home)).text(), 'text/html');
  for (const link of page.querySelectorAll('link[rel="stylesheet"]')) {
    CMS.registerPreviewStyle(new URL(link.getAttribute('href') ?? '', home).href);
  }
  for (const style of page.querySelectorAll('style')) {
    CMS.registerPreviewStyle(style.textContent ?? '', { raw: true });
  }
}

// Without the site's styles (offline, say), the preview is plain; the editor starts all the same.
await usePreviewStyles().catch(() => undefined);
void CMS.init();
