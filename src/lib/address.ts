/** A postal address in the site config's and the front matter's form; `country` is the ISO 3166 code (DE). */
export interface Address {
  /** The institute or department, as the first line. */
  department?: string | undefined;
  street?: string | undefined;
  postcode?: string | undefined;
  city: string;
  region?: string | undefined;
  country: string;
}

/**
 * An address as the lines of a letter, the country named in the reader's language: department, street, then
 * "18059 Rostock, Germany" ("18059 Rostock, Deutschland" in German). Without `locale` the country is left out (a
 * place of work in the lab's own country: "Albert-Einstein-Straße 22", "18059 Rostock").
 */
export function addressLines(address: Address, { locale }: { locale?: string } = {}) {
  const { department, street, postcode, city, country } = address;
  const place = [postcode, city].filter(Boolean).join(' ');
  const countryName = locale && (new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country);
  return [department, street, countryName ? `${place}, ${countryName}` : place].filter((line): line is string =>
    Boolean(line),
  );
}

/** An address as schema.org's `PostalAddress`, for search engines (job postings, events). */
export function postalAddressLd(address: Address): Record<string, unknown> {
  return {
    '@type': 'PostalAddress',
    ...(address.street && { streetAddress: address.street }),
    addressLocality: address.city,
    ...(address.region && { addressRegion: address.region }),
    ...(address.postcode && { postalCode: address.postcode }),
    addressCountry: address.country,
  };
}
