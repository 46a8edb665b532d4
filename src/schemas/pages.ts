import { z } from 'zod';
import { isDivider } from '../lib/navigation';
import { describe, flag, list, oneOf, optionalText, permalink, strictObject, text, webUrl } from './fields';
import { POSITION_KINDS } from './positions';

/** The layouts a page can ask for with `layout:`. */
export const PAGE_LAYOUTS = ['page', 'home'] as const;

const kind = oneOf(POSITION_KINDS);

/** A menu child: a link to a page (`/join-us/phd/`), an external link (`https://...`), or `title: divider`. */
const navChild = strictObject({
  /** The label in the dropdown; `divider` makes a separator line. */
  title: text('the child title'),
  /** Where the child links to: a site path, or a full web address for an external link. */
  permalink: optionalText,
}).superRefine((child, ctx) => {
  if (isDivider(child)) return;
  if (!child.permalink) {
    ctx.addIssue({
      code: 'custom',
      path: ['permalink'],
      message: `the child ${describe(child.title)} needs a permalink`,
    });
  } else if (child.permalink.includes('://')) {
    if (!webUrl.safeParse(child.permalink).success)
      ctx.addIssue({
        code: 'custom',
        path: ['permalink'],
        message: `expected an http or https address, found ${describe(child.permalink)}`,
      });
  } else if (!permalink.safeParse(child.permalink).success) {
    ctx.addIssue({
      code: 'custom',
      path: ['permalink'],
      message: `expected a site path such as /join-us/phd/ or a full web address, found ${describe(child.permalink)}`,
    });
  }
});

/** How the files are read: a page in a language folder (`pages/de/join-us.md`) is a whole page of its own. */
export const PAGE_FILES = { translations: 'whole' } as const;

/** A page (`src/content/pages/`): al-folio's page front matter, menu keys included. */
export const pageSchema = strictObject({
  /** The page title: the heading, the `<title>` and the menu label. */
  title: text('a title'),
  /** One sentence for search engines and link previews; may be empty. */
  description: optionalText.nullable().transform((value) => value ?? ''),
  /** The URL, e.g. `/join-us/`. Without it the URL follows the file path. */
  permalink: permalink.optional(),
  /** How the page is laid out: `page` (the default) or `home`. */
  layout: oneOf(PAGE_LAYOUTS).default('page'),
  /** `true` keeps the page out of the build, the menu and the sitemap. */
  draft: flag.default(false),
  /** `true` puts the page in the menu. */
  nav: flag.default(false),
  /** The menu position: lower numbers come first; pages without one come last. */
  nav_order: z.number({ error: (issue) => `expected a number, found ${JSON.stringify(issue.input)}` }).optional(),
  /** `true` makes the menu item open a submenu of `children`. */
  dropdown: flag.default(false),
  /** The submenu: `{title, permalink}` entries; `title: divider` is a separator. */
  children: list(navChild, 'menu entries (title and permalink)').optional(),
  /** Show the open positions above the body: `true`, a kind, or a list of kinds. */
  open_positions: z
    .union([z.boolean(), kind, z.array(kind).min(1)], {
      error: (issue) =>
        `expected true, false, a kind or a list of kinds (${POSITION_KINDS.join(', ')}), found ${JSON.stringify(issue.input)}`,
    })
    .optional(),
}).superRefine((page, ctx) => {
  if (page.dropdown && !page.children?.length)
    ctx.addIssue({
      code: 'custom',
      path: ['children'],
      message: 'a page with dropdown: true needs a list of children',
    });
  if (!page.dropdown && page.children?.length)
    ctx.addIssue({
      code: 'custom',
      path: ['dropdown'],
      message: 'children are shown only in a dropdown: add dropdown: true (or comment out children)',
    });
});

export type PageData = z.output<typeof pageSchema>;
