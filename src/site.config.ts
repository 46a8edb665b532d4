import { defineSite } from './lib/site';

/** Everything the site says about the lab lives here, and is checked when the site is built. */
export const site = defineSite({
  name: 'Machine Learning Group',
  university: 'University of Rostock',
  description:
    'A machine-learning research group at the University of Rostock, developing methods that make sense of complex systems in medicine and environmental science.',
  // Where the site is deployed. The deploy workflow sets SITE_URL and SITE_BASE from the repository;
  // for other hosts, replace the defaults (or set the variables when building).
  url: process.env.SITE_URL || 'https://example.org',
  base: process.env.SITE_BASE || '/',
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  // Replace with the lab's shared address.
  email: 'ml-group@uni-rostock.de',
  address: {
    department: 'Institute of Computer Science',
    street: 'Albert-Einstein-Straße 22',
    postcode: '18059',
    city: 'Rostock',
    region: 'Mecklenburg-Vorpommern',
    country: 'DE',
  },
  logo: '/logo.png',
  social: [{ label: 'University of Rostock', url: 'https://www.uni-rostock.de/' }],
});
