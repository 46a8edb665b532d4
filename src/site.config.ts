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
  address: ['Institute of Computer Science', 'University of Rostock', 'Albert-Einstein-Straße 22', '18059 Rostock, Germany'],
  social: [{ label: 'University of Rostock', url: 'https://www.uni-rostock.de/' }],
});
