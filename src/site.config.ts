import { defineSite } from './lib/site.ts';

/** Everything the site says about the lab lives here, and is checked when the site is built. */
export const site = defineSite({
  // The words a visitor reads may be given once for all languages, or per language ({ en: ..., de: ... }); a
  // language without its own shows the first language's, marked as such for screen readers and search engines.
  name: { en: 'Machine Learning Group', de: 'Arbeitsgruppe Maschinelles Lernen' },
  // What the header shows on a phone, where the full name does not fit.
  short_name: { en: 'ML Group', de: 'AG ML' },
  university: { en: 'University of Rostock', de: 'Universität Rostock' },
  description: {
    en: 'A machine-learning research group at the University of Rostock, developing methods that make sense of complex systems in medicine and environmental science.',
    de: 'Eine Forschungsgruppe für maschinelles Lernen an der Universität Rostock: Wir entwickeln Methoden, die komplexe Systeme in Medizin und Umweltwissenschaften verständlich machen.',
  },
  // Where the site is deployed. The deploy workflow sets SITE_URL and SITE_BASE from the repository;
  // for other hosts, replace the defaults (or set the variables when building).
  url: process.env.SITE_URL || 'https://example.org',
  base: process.env.SITE_BASE || '/',
  // The repository the editor at /admin/ saves to (docs/editing.md). On GitHub, the deploy workflow builds with the
  // repository it runs in; elsewhere, replace the default.
  repository: process.env.GITHUB_REPOSITORY || 'uni-rostock-ml/website',
  branch: 'main',
  timeZone: 'Europe/Berlin',
  // The first language is the one the top-level content files are written in; translations sit in a folder per
  // language (src/content/pages/de/). Remove 'de' to switch German off; set defaultLanguage: 'de' to serve German at
  // the unprefixed URLs and English under /en/.
  languages: ['en', 'de'],
  defaultLanguage: 'en',
  // Replace with the lab's shared address.
  email: 'ml-group@uni-rostock.de',
  address: {
    department: { en: 'Institute of Computer Science', de: 'Institut für Informatik' },
    street: 'Albert-Einstein-Straße 22',
    postcode: '18059',
    city: 'Rostock',
    region: 'Mecklenburg-Vorpommern',
    country: 'DE',
  },
  logo: '/logo.png',
  // The imprint and privacy notice, linked from every page's footer: a page of the site (its translations are found
  // on their own), or the university's central page, e.g. 'https://www.uni-rostock.de/impressum/'.
  legal: { imprint: '/imprint/', privacy: '/privacy/' },
  social: [{ label: { en: 'University of Rostock', de: 'Universität Rostock' }, url: 'https://www.uni-rostock.de/' }],
});
