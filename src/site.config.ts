import { defineSite } from './lib/site';

/** Everything the site says about the lab lives here, and is checked when the site is built. */
export const site = defineSite({
  name: 'Machine Learning Group',
  university: 'University of Rostock',
  description:
    'A machine-learning research group at the University of Rostock, developing methods that make sense of complex systems in medicine and environmental science.',
  // Replace with the address the site is deployed at.
  url: 'https://example.org',
  base: '/',
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
