import { describe, expect, it } from 'vitest';
import { endOfDay } from '../../src/lib/dates';
import { buildJobPosting, serializeJsonLd, type JobPostingInput } from '../../src/lib/jobposting';
import { googleJobPosting } from '../helpers/google';

const BERLIN = 'Europe/Berlin';
const input = (changes: Partial<JobPostingInput> = {}): JobPostingInput => ({
  id: 'themis-phd',
  title: 'PhD position',
  descriptionHtml: '<p>Work on THEMIS.</p>',
  posted: '2023-12-01',
  closesAt: endOfDay('2024-01-31', BERLIN),
  employment: ['full_time'],
  location: { street: 'Albert-Einstein-Straße 22', postcode: '18059', city: 'Rostock', country: 'DE' },
  applyByEmail: false,
  url: 'https://example.org/positions/themis-phd/',
  organization: { name: 'ML Group', url: 'https://example.org/', logo: 'https://example.org/logo.png' },
  timeZone: BERLIN,
  ...changes,
});

describe('buildJobPosting', () => {
  it('has every field Google requires and recommends', () => {
    const posting = buildJobPosting(input());
    expect(() => googleJobPosting.parse(posting)).not.toThrow();
    expect(posting).toMatchObject({ employmentType: 'FULL_TIME', directApply: false, datePosted: '2023-12-01' });
  });

  it.each([
    ['2024-01-31', '2024-01-31T23:59:59+01:00'],
    ['2024-07-31', '2024-07-31T23:59:59+02:00'],
    ['2024-03-31', '2024-03-31T23:59:59+02:00'],
    ['2024-10-27', '2024-10-27T23:59:59+01:00'],
  ])('ends a deadline of %s at %s (Berlin, winter and summer time)', (deadline, validThrough) => {
    expect(buildJobPosting(input({ closesAt: endOfDay(deadline, BERLIN) })).validThrough).toBe(validThrough);
  });

  it('leaves out validThrough for a position open until filled, and marks applications by e-mail as direct', () => {
    const posting = buildJobPosting(
      input({ closesAt: undefined, applyByEmail: true, employment: ['part_time', 'temporary'] }),
    );
    expect(posting).not.toHaveProperty('validThrough');
    expect(posting).toMatchObject({ directApply: true, employmentType: ['PART_TIME', 'TEMPORARY'] });
    expect(() => googleJobPosting.parse(posting)).not.toThrow();
  });
});

describe('serializeJsonLd', () => {
  it.each(['</script><script>alert(1)</script>', '<!-- comment', 'Tom & Jerry <b>', 'line\u2028separator'])(
    'keeps %j inside the script element and round-trips it',
    (title) => {
      const json = serializeJsonLd({ title });
      expect(json).not.toMatch(/[<>&\u2028]/);
      expect(JSON.parse(json)).toEqual({ title });
    },
  );
});
