// The editor at /admin/ (docs/editing.md): Sveltia CMS, bundled with the site by src/integrations/cms.ts, configured
// by /admin/config.yml (made from the content schemas, src/pages/admin/config.yml.ts), its preview styled by the
// site's own stylesheet.
import CMS from '@sveltia/cms';

CMS.registerPreviewStyle(new URL('preview.css', document.baseURI).href);
void CMS.init();
