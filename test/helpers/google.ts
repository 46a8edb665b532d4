import { z } from 'astro/zod';

/** Google's required and recommended JobPosting properties (Search Central, "Job posting structured data"). */
const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
export const googleJobPosting = z.looseObject({
  '@context': z.literal('https://schema.org/'),
  '@type': z.literal('JobPosting'),
  title: z.string().min(1),
  description: z.string().min(1),
  datePosted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  hiringOrganization: z.looseObject({
    '@type': z.literal('Organization'),
    name: z.string().min(1),
    sameAs: z.httpUrl(),
    logo: z.httpUrl(),
  }),
  jobLocation: z.looseObject({
    '@type': z.literal('Place'),
    address: z.looseObject({
      '@type': z.literal('PostalAddress'),
      streetAddress: z.string().optional(),
      addressLocality: z.string().min(1),
      addressRegion: z.string().optional(),
      postalCode: z.string().optional(),
      addressCountry: z.string().length(2),
    }),
  }),
  validThrough: z.string().regex(isoWithOffset).optional(),
  employmentType: z
    .union([
      z.enum(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER']),
      z.array(z.string()),
    ])
    .optional(),
  identifier: z.looseObject({ '@type': z.literal('PropertyValue'), name: z.string(), value: z.string() }),
  directApply: z.boolean(),
  url: z.httpUrl(),
});

/** A day, or an instant with its offset: how Google wants an Event's start and end. */
const dayOrInstant = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string().regex(isoWithOffset)]);

/** Google's required (name, startDate, location) and recommended Event properties (Search Central, "Event"). */
export const googleEvent = z.looseObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Event'),
  name: z.string().min(1),
  startDate: dayOrInstant,
  endDate: dayOrInstant.optional(),
  eventAttendanceMode: z.enum([
    'https://schema.org/OfflineEventAttendanceMode',
    'https://schema.org/OnlineEventAttendanceMode',
    'https://schema.org/MixedEventAttendanceMode',
  ]),
  eventStatus: z.literal('https://schema.org/EventScheduled'),
  location: z.union([
    z.looseObject({ '@type': z.literal('Place'), name: z.string().min(1), address: z.unknown() }),
    z.looseObject({ '@type': z.literal('VirtualLocation'), url: z.httpUrl() }),
    z
      .array(
        z.union([
          z.looseObject({ '@type': z.literal('Place'), name: z.string().min(1), address: z.unknown() }),
          z.looseObject({ '@type': z.literal('VirtualLocation'), url: z.httpUrl() }),
        ]),
      )
      .min(1),
  ]),
  description: z.string().min(1).optional(),
  organizer: z.looseObject({ '@type': z.literal('Organization'), name: z.string().min(1), url: z.httpUrl() }),
  performer: z
    .array(z.looseObject({ '@type': z.literal('Person'), name: z.string().min(1) }))
    .min(1)
    .optional(),
  image: z.union([z.httpUrl(), z.array(z.httpUrl())]).optional(),
  url: z.httpUrl().optional(),
});
