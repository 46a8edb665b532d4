import { z } from 'zod';
import { checkCalendarDate, checkPartialDate } from '../lib/dates.ts';
import { quoted } from '../lib/model/problems.ts';

/**
 * How the editor at /admin/ shows a field whose type alone does not say it: a date picker, a relation to the entries
 * of another collection, a picture. Given once, here, on the field helpers (with `.meta({ editor })`), and read by
 * src/lib/cms/fields.ts.
 */
export type EditorHint =
  | { widget: 'date' }
  | { widget: 'datetime' }
  | { widget: 'partial-date' }
  | { widget: 'image' }
  | { widget: 'relation'; collection: 'people' | 'projects'; multiple?: boolean; names?: boolean };

/** Levenshtein distance, for suggesting the key an editor probably meant. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known key closest to `key`, when it is close enough to be a likely typo. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** The message for a key that a schema does not know, with the nearest known key when there is one. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const suggestion = suggestKey(key, known);
  return suggestion
    ? `unknown key; did you mean "${suggestion}"?`
    : `unknown key; the known keys are: ${known.join(', ')}`;
}

/**
 * Like `z.strictObject`, but each unknown key is reported at its own path with the nearest known key,
 * so the build says `nav_ordr: unknown key; did you mean "nav_order"?`.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.preprocess((input, ctx) => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
    const unknown = Object.keys(input).filter((key) => !known.includes(key));
    for (const key of unknown) {
      ctx.addIssue({ code: 'custom', path: [key], message: unknownKeyMessage(key, known), input });
    }
    return Object.fromEntries(Object.entries(input).filter(([key]) => known.includes(key)));
  }, z.strictObject(shape));
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date-time';
  return typeof value === 'object' ? 'a nested object' : `${typeof value} ${String(value)}`;
}

/**
 * What is wrong with the characters of a text, if anything: a control character other than tab and newline (pasted
 * from Word, or written as a YAML escape such as "\\x0b"; it breaks the feeds), or half of a surrogate pair.
 */
export function unreadable(value: string): string | undefined {
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(value)?.[0];
  if (control) {
    const code = control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `contains the control character U+${code} at position ${value.indexOf(control) + 1} (often pasted from a word processor); delete it`;
  }
  if (!value.isWellFormed()) return 'contains a broken character (half of a surrogate pair); type the character again';
  return undefined;
}

/** A required, non-empty line of text, of characters a reader can see. */
export function text(what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `required, but missing (expected ${what} as text)`
          : `expected ${what} as text, found ${describe(issue.input)}`,
    })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .superRefine((value, ctx) => {
      if (!value) return; // Said above: empty.
      const problem = unreadable(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
      // Zero-width spaces and joiners, soft hyphens, byte-order marks: nothing a reader would see.
      else if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(value)) {
        ctx.addIssue({ code: 'custom', message: `${what} has only invisible characters` });
      }
    });
}

/** `true` or `false`; YAML's `yes`/`no` are text here, and are reported as such. */
export const flag = z.boolean({ error: (issue) => `expected true or false, found ${describe(issue.input)}` });

/** A list of items, e.g. `[a, b]` or one `- item` per line. */
export function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, {
    error: (issue) => `expected a list of ${what}, such as [a, b], found ${describe(issue.input)}`,
  });
}

/** Optional text on one line. */
export const optionalText = z
  .string({ error: (issue) => `expected text, found ${describe(issue.input)}` })
  .trim()
  .superRefine((value, ctx) => {
    const problem = unreadable(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `the text ${problem}` });
  })
  .optional();

/** A calendar date written `YYYY-MM-DD`, kept as that string (never an instant, never shifted). */
export const calendarDate = z
  .string({ error: (issue) => `expected a date written as YYYY-MM-DD, found ${describe(issue.input)}` })
  .superRefine((value, ctx) => {
    const problem = checkCalendarDate(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ editor: { widget: 'date' } satisfies EditorHint });

/** A year (`2022`, written as a number or text), a month (`2022-04`) or a date (`2022-04-01`). */
export const partialDate = z
  .union([z.int(), z.string()], {
    error: (issue) => `expected a year (2022) or a date (2022-04-01), found ${describe(issue.input)}`,
  })
  .transform((value) => String(value))
  .superRefine((value, ctx) => {
    const problem = checkPartialDate(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ editor: { widget: 'partial-date' } satisfies EditorHint });

/** A web address that is safe in `href`: http or https only (no `javascript:`, no `data:`). */
export const webUrl = z
  .httpUrl({
    error: (issue) => `expected a web address starting with https:// or http://, found ${describe(issue.input)}`,
  })
  // "https://uni-rostock.de@evil.example/" leads to evil.example: a name and a password before "@" only disguise
  // where a link goes.
  .refine((value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value), {
    error: (issue) =>
      `expected a web address without a name or password before "@" (it would lead to the part after it), found ${describe(issue.input)}`,
  });

/** The folders the build writes itself: Astro's assets, the search index, the share cards, the sitemap. */
const RESERVED = /^\/((_astro|pagefind|cards)(\/|$)|sitemap)/i;

/** A site-relative path that starts and ends with `/`, e.g. `/join-us/`. A missing final slash is added. */
export const permalink = z
  .string({ error: (issue) => `expected a path such as /join-us/, found ${describe(issue.input)}` })
  .trim()
  .superRefine((value, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (!value.startsWith('/') || value.startsWith('//') || /[\s?#\\]/.test(value) || value.includes('://')) {
      fail(`expected a path inside the site that starts with "/", such as /join-us/, found ${describe(value)}`);
    } else if (/\.[A-Za-z0-9]+\/?$/.test(value)) {
      fail(
        `a permalink names a folder, not a file: write /${value.replace(/^\/|\.[A-Za-z0-9]+\/?$/g, '')}/ instead of ${describe(value)}`,
      );
    } else if (value.split('/').some((segment) => segment === '.' || segment === '..') || /%/.test(value)) {
      fail(
        `expected a path without "." or ".." folders and without %-escapes, such as /join-us/, found ${describe(value)}`,
      );
    } else if (RESERVED.test(value)) {
      fail(`${describe(value)} is reserved for the files the build writes; choose another permalink`);
    }
  })
  .transform((value) => (value.endsWith('/') ? value : `${value}/`));

/** One of a fixed set of words, with a message that lists them and shows what was found. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `expected one of ${values.map((v) => `"${v}"`).join(', ')}, found ${describe(issue.input)}`,
  });
}

/** The fields of a postal address, as schema.org's PostalAddress needs them; `country` is the ISO 3166 code (DE). */
export const postalAddressShape = {
  /** The street and number, e.g. Albert-Einstein-Straße 22. */
  street: text('the street').optional(),
  /** The postal code, e.g. 18059. */
  postcode: z.string().trim().optional(),
  /** The city. */
  city: text('the city'),
  /** The state or region, e.g. Mecklenburg-Vorpommern. */
  region: z.string().trim().optional(),
  /** The two-letter country code, e.g. DE. */
  country: z.string().regex(/^[A-Z]{2}$/, {
    error: (issue) => `expected a two-letter country code such as "DE", found ${describe(issue.input)}`,
  }),
};

/** A postal address (a position's `location`). */
export const postalAddress = strictObject(postalAddressShape);

/**
 * The id of an entry in another collection: its file name without `.md` (`2022_themis`, `jane-doe`). The site
 * checks that the entry exists when it is built, and names the file and the field when it does not.
 */
export function entryId(what: string, collection: 'people' | 'projects') {
  return z
    .string({
      error: (issue) => `expected the id of ${what} (its file name without .md), found ${describe(issue.input)}`,
    })
    .trim()
    .min(1, { error: `expected the id of ${what} (its file name without .md), found an empty text` })
    .meta({ editor: { widget: 'relation', collection } satisfies EditorHint });
}

/** What a value written like an id looks like: lowercase letters, digits and hyphens (`erika-mustermann`). */
export const PERSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lab members or guests (an event's `speakers`, a post's `authors`): one or a list. A value written like an id
 * (`erika-mustermann`) must name a person in src/content/people, which the site model checks; anything else (`Ada
 * Guest`) is a guest's name, shown as written.
 */
export function peopleOrNames(what: string) {
  const entry = text(`a person's id or a name`);
  return z
    .union([entry, list(entry, what)], {
      error: (issue) =>
        `expected ${what}: a person's id (erika-mustermann) or a guest's name, or a list of them, found ${describe(issue.input)}`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .meta({ editor: { widget: 'relation', collection: 'people', multiple: true, names: true } satisfies EditorHint });
}

/** Ids of people (a course's `lecturers`, an event's `host`): one or a list. */
export function personIds(what: string) {
  return z
    .union([entryId('a person', 'people'), list(entryId('a person', 'people'), what)], {
      error: (issue) =>
        `expected ${what}: the id of a person (their file name without .md), or a list of them, found ${describe(issue.input)}`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .meta({ editor: { widget: 'relation', collection: 'people', multiple: true } satisfies EditorHint });
}
