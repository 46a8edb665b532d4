// What an al-folio site's _config.yml and _data/socials.yml say about the lab and its owner, as this site's config
// (changed with magicast, which edits the code and keeps the rest of the file as it was) and a person file.
import { builders, generateCode, parseModule } from 'magicast';
import yaml from 'js-yaml';
import { slugify } from './scaffold.ts';

type Data = Record<string, unknown>;

const textOf = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Text without markdown links, emphasis and HTML, on one line. */
const plain = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The facts of the lab the site config takes from al-folio. */
export interface LabFacts {
  name?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  base?: string | undefined;
  email?: string | undefined;
}

/** The owner's full name: al-folio's first, middle and last name. */
const ownerName = (config: Data) =>
  [config.first_name, config.middle_name, config.last_name].map(textOf).filter(Boolean).join(' ') || undefined;

/** The lab's facts from _config.yml (and the e-mail from _data/socials.yml, where newer al-folio keeps it). */
export function labFacts(config: Data, socials: Data): LabFacts {
  const title = textOf(config.title);
  const baseurl = textOf(config.baseurl);
  const url = textOf(config.url);
  return {
    name: title && title !== 'blank' ? title : ownerName(config),
    description: textOf(config.description) && plain(String(config.description)),
    url: url && /^https?:\/\/[^/]+\/?$/.test(url) ? url.replace(/\/$/, '') : undefined,
    base: baseurl ? `/${baseurl.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/') : '/',
    email: textOf(socials.email) ?? textOf(config.email),
  };
}

/**
 * src/site.config.ts with the lab's facts in it: its name (also as the short name, for a person to shorten), its
 * description, address, folder and e-mail. Only those fields change; comments and the rest stay as written.
 */
export function withLabFacts(code: string, facts: LabFacts): string {
  const module = parseModule(code);
  const options = (module.exports.site as { $args: Data[] }).$args[0]!;
  if (facts.name) {
    options.name = facts.name;
    options.short_name = facts.name;
  }
  if (facts.description) options.description = facts.description;
  if (facts.url) options.url = builders.raw(`process.env.SITE_URL || ${JSON.stringify(facts.url)}`);
  if (facts.base) options.base = builders.raw(`process.env.SITE_BASE || ${JSON.stringify(facts.base)}`);
  if (facts.email) options.email = facts.email;
  return generateCode(module).code;
}

/** al-folio's social keys this site has a field for, and how a value becomes it. */
const SOCIALS: Record<string, [field: string, value: (id: string) => string]> = {
  email: ['email', (id) => id],
  orcid_id: ['orcid', (id) => id],
  scholar_userid: ['scholar', (id) => `https://scholar.google.com/citations?user=${encodeURIComponent(id)}`],
  github_username: ['github', (id) => `https://github.com/${encodeURIComponent(id)}`],
  website: ['website', (id) => id],
};

/**
 * The owner of the al-folio site as a person here, so that the publications highlight them: their name, the
 * spellings `scholar.first_name` × `scholar.last_name` give as aliases, and what _data/socials.yml has a field for.
 * Undefined when al-folio names nobody.
 */
export function ownerPerson(config: Data, socials: Data): { path: string; text: string; notes: string[] } | undefined {
  const scholar = (config.scholar ?? {}) as Data;
  const list = (value: unknown) => (Array.isArray(value) ? value : [value]).map(textOf).filter(Boolean) as string[];
  const lasts = list(scholar.last_name);
  const firsts = list(scholar.first_name);
  const name = ownerName(config) ?? (firsts[0] && lasts[0] ? `${firsts[0]} ${lasts[0]}` : undefined);
  if (!name) return undefined;
  const notes: string[] = [];
  const person: Data = { name, role: 'pi' };
  const aliases = lasts.flatMap((last) => firsts.map((first) => `${last}, ${first}`));
  if (aliases.length) person.aliases = aliases;
  const merged = { ...config, ...socials };
  for (const [key, [field, value]] of Object.entries(SOCIALS)) {
    const id = textOf(merged[key]);
    if (id && !person[field]) person[field] = value(id);
  }
  const other = Object.keys(socials).filter((key) => !(key in SOCIALS) && textOf(socials[key]));
  if (other.length) notes.push(`_data/socials.yml: not converted (no field for them here): ${other.join(', ')}`);
  const path = `people/${slugify(name) || 'owner'}.md`;
  notes.push(
    `src/content/${path}: the owner of the al-folio site, as the lab's head (role: pi): check the role, add a start date and a photo`,
  );
  return { path, text: `---\n${yaml.dump(person, { lineWidth: 120 })}---\n`, notes };
}
