import { site } from '../site.config';
import { siteUrls } from './model/urls';

/** This site's URL helpers (see `siteUrls`): `url`, `absoluteUrl`, `localize`, `langOf`, `langParam`. */
export const { url, absoluteUrl, localize, langOf, langParam } = siteUrls(site);
