// The synthetic lab: a deterministic mix of content files over the collections the site has, and the same number of
// plain markdown files for the bare-Astro baseline.

/** The share of entries each collection gets (renormalised over the collections the site has). */
export const MIX = { pages: 5, positions: 10, projects: 10, people: 15, news: 30, publications: 30 };

/** The day the synthetic lab is built "at" (SITE_NOW): half of the positions have closed by then. */
export const SITE_NOW = '2024-01-15';

/** A small seeded generator (mulberry32), so that every run writes the same lab. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `model data learning causal inference graph network neural sparse bayesian prior posterior sample
estimate signal clinical patient ocean climate sensor time series forecast uncertainty robust kernel feature
representation transfer domain shift benchmark dataset annotation label supervision explain interpret fairness
privacy federated simulation physics system dynamic control policy reward agent language text image segmentation
protein genome cohort hospital baltic sea marine coastal ecology weather energy grid mobility traffic`
  .split(/\s+/)
  .filter(Boolean);
const FIRST = `Anna Ben Clara David Eva Felix Greta Hannes Ida Jonas Katrin Lukas Mia Noah Olga Paul Rosa Simon Tara
Umut Vera Wei Xenia Yusuf Zoe Ahmed Bianca Chen Dmitri Elif Farah Gustav Hana Ivan Jana`
  .split(/\s+/)
  .filter(Boolean);
const LAST = `Adler Becker Conrad Dietrich Engel Fischer Graf Hoffmann Jansen Keller Lange Meyer Neumann Otto Peters
Richter Schmidt Thomas Vogel Wagner Weber Zimmermann Nguyen Kowalski Rossi Silva Yilmaz Haddad Ivanova Tanaka`
  .split(/\s+/)
  .filter(Boolean);
const FUNDERS = ['BMBF', 'DFG', 'EU Horizon Europe', 'BMWK', 'Land Mecklenburg-Vorpommern', 'Volkswagen Foundation'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'AISTATS', 'UAI', 'KDD', 'ECML PKDD', 'AAAI'];
const JOURNALS = ['Journal of Machine Learning Research', 'Nature Communications', 'Bioinformatics', 'PLOS ONE'];
const KINDS = ['phd', 'postdoc', 'student_assistant', 'thesis', 'staff'];

/** Content writers that share one seeded generator. */
function writer(seed) {
  const rand = random(seed);
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = (count) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const title = (count) => {
    const text = words(count);
    return text[0].toUpperCase() + text.slice(1);
  };
  const sentence = () => `${title(int(6, 16))}${pick(['.', '.', '.', '?'])}`;
  const paragraph = (min, max) => {
    const parts = Array.from({ length: int(min, max) }, sentence);
    if (rand() < 0.4) parts.splice(1, 0, `We use **${words(2)}** and [${words(2)}](/about/) together.`);
    return parts.join(' ');
  };
  /** A markdown body of `min` to `max` paragraphs, with lists, a heading or a code block now and then. */
  const body = (min, max, { code = false } = {}) => {
    const blocks = Array.from({ length: int(min, max) }, () => paragraph(2, 5));
    if (blocks.length > 2 && rand() < 0.5) blocks.splice(2, 0, `## ${title(3)}`);
    if (rand() < 0.4) blocks.push(Array.from({ length: int(2, 5) }, () => `- ${title(int(3, 8))}`).join('\n'));
    if (code && rand() < 0.5) {
      blocks.push(
        `\`\`\`python\nimport numpy as np\n\ndef ${pick(WORDS)}_score(x: np.ndarray) -> float:\n    return float(np.mean(x ** 2))\n\`\`\``,
      );
    }
    return blocks.join('\n\n');
  };
  return { rand, int, pick, words, title, body, paragraph };
}

const pad = (value) => String(value).padStart(2, '0');
/** A YYYY-MM-DD date `days` after `from`. */
function addDays(from, days) {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 4)
    .join('-');
/** Front matter from a plain object (strings quoted as JSON, which is valid YAML). */
function frontMatter(data) {
  const lines = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
      lines.push(`${key}:`);
      for (const item of value) {
        const [first, ...rest] = Object.entries(item);
        lines.push(
          `  - ${first[0]}: ${JSON.stringify(first[1])}`,
          ...rest.map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`),
        );
      }
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      lines.push(`${key}:`, ...Object.entries(value).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`));
    } else if (typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      lines.push(`${key}: ${value}`);
    } else {
      lines.push(`${key}: ${JSON.stringify(value)}`);
    }
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

/** How many entries of each collection a lab of `total` entries has (largest remainders, so they add up). */
export function countsFor(total, collections) {
  const present = Object.keys(MIX).filter((name) => collections.includes(name));
  const weight = present.reduce((sum, name) => sum + MIX[name], 0);
  const exact = present.map((name) => [name, (total * MIX[name]) / weight]);
  const counts = Object.fromEntries(exact.map(([name, value]) => [name, Math.floor(value)]));
  let left = total - Object.values(counts).reduce((sum, value) => sum + value, 0);
  for (const [name] of exact.toSorted((a, b) => (b[1] % 1) - (a[1] % 1))) {
    if (left-- <= 0) break;
    counts[name]++;
  }
  return counts;
}

/**
 * The pages every lab has, most important first: the home page, the menu, the intros of the collection indexes,
 * pages that list open positions, a dropdown whose children are pages above it.
 */
function corePages(indexes) {
  const intro = (permalink, order) => ({
    path: `${permalink.replace(/^\/|\/$/g, '')}-intro`,
    data: {
      title: `Our ${permalink.replace(/\//g, '')}`,
      description: 'The list, with a few words first.',
      permalink,
      nav: true,
      nav_order: order,
    },
  });
  return [
    { path: 'index', data: { title: 'Synthetic Lab', description: 'The home page.', layout: 'home' } },
    // The legal pages that the site config names (every page's footer links to them).
    { path: 'imprint', data: { title: 'Imprint', description: 'Who runs the site.', permalink: '/imprint/' } },
    {
      path: 'privacy',
      data: { title: 'Privacy', description: 'What the site does with data.', permalink: '/privacy/' },
    },
    { path: 'about', data: { title: 'About', description: 'Who we are.', nav: true, nav_order: 1 } },
    ...indexes.map((permalink, i) => intro(permalink, 2 + i)),
    {
      path: 'join-us',
      data: { title: 'Join us', permalink: '/join-us/', nav: true, nav_order: 99, open_positions: ['phd', 'postdoc'] },
    },
    { path: 'for-students/jobs', data: { title: 'Student jobs', open_positions: 'student_assistant' } },
    { path: 'theses', data: { title: 'Theses', open_positions: 'thesis' } },
    {
      path: 'for-students/index',
      data: {
        title: 'Students',
        nav: true,
        nav_order: 20,
        dropdown: true,
        children: [
          { title: 'Student jobs', permalink: '/for-students/jobs/' },
          { title: 'divider' },
          { title: 'Theses', permalink: '/theses/' },
          { title: 'University', permalink: 'https://www.uni-rostock.de/' },
        ],
      },
    },
    { path: 'contact', data: { title: 'Contact', description: 'How to reach us.', nav: true, nav_order: 30 } },
  ];
}

/**
 * A synthetic lab of `total` entries over `collections` (the names the site's content config exports), as files
 * below src/content. `indexes` are the permalinks of collection indexes that take an intro page.
 * Also returns `bodies`: one markdown body per entry, for the baseline.
 */
export function generateLab(total, collections, { indexes = [] } = {}) {
  const w = writer(total * 7919 + 17);
  const counts = countsFor(total, collections);
  const files = {};
  const bodies = [];
  const add = (path, data, body) => {
    files[path] = `${frontMatter(data)}\n${body}\n`;
    bodies.push({ title: data.title ?? data.name ?? `News ${path}`, body });
  };

  const projectIds = [];
  for (let i = 0; i < (counts.projects ?? 0); i++) {
    const startYear = w.int(2012, 2024);
    const title = `${w.title(w.int(2, 4))} ${i}`;
    const id = `${startYear}_${slug(title)}-${i}`;
    const ended = w.rand() < 0.4;
    const start = w.rand() < 0.5 ? String(startYear) : `${startYear}-${pad(w.int(1, 12))}-01`;
    add(
      `projects/${id}.md`,
      {
        title,
        summary: `${w.title(w.int(8, 16))}.`,
        start,
        end: ended ? String(startYear + w.int(2, 4)) : undefined,
        funder: w.rand() < 0.8 ? w.pick(FUNDERS) : undefined,
        url: w.rand() < 0.5 ? `https://example.org/projects/${i}` : undefined,
        tags: Array.from({ length: w.int(0, 4) }, () => w.pick(WORDS)).filter((tag, k, all) => all.indexOf(tag) === k),
      },
      w.body(2, 5),
    );
    projectIds.push(id);
  }

  const positionIds = [];
  for (let i = 0; i < (counts.positions ?? 0); i++) {
    const kind = KINDS[i % KINDS.length];
    const closed = i % 2 === 1;
    const posted = addDays(SITE_NOW, -w.int(closed ? 60 : 1, closed ? 400 : 90));
    const filled = closed && w.rand() < 0.3;
    const deadline = closed
      ? filled
        ? undefined
        : addDays(SITE_NOW, -w.int(1, Math.max(1, Math.round((Date.parse(SITE_NOW) - Date.parse(posted)) / 864e5) - 1)))
      : w.rand() < 0.8
        ? addDays(SITE_NOW, w.int(1, 120))
        : undefined;
    const title = `${{ phd: 'PhD position', postdoc: 'Postdoc', student_assistant: 'Student assistant', thesis: 'Thesis', staff: 'Research engineer' }[kind]} in ${w.words(w.int(2, 4))} ${i}`;
    const id = `${posted.slice(0, 4)}-${kind.replace('_', '-')}-${slug(title)}-${i}`;
    const byEmail = w.rand() < 0.3;
    add(
      `positions/${id}.md`,
      {
        title,
        kind: w.rand() < 0.1 && kind === 'phd' ? ['phd', 'postdoc'] : kind,
        posted,
        deadline,
        apply_url: byEmail ? undefined : `https://jobs.example.org/${i}`,
        apply_email: byEmail || w.rand() < 0.2 ? `jobs${i}@example.org` : undefined,
        project: projectIds.length && w.rand() < 0.5 ? w.pick(projectIds) : undefined,
        note: w.rand() < 0.2 ? 'requires some German skills' : undefined,
        filled: filled || undefined,
        employment: w.rand() < 0.3 ? ['full_time', 'temporary'] : undefined,
      },
      w.body(3, 5),
    );
    positionIds.push(id);
  }

  const personIds = [];
  for (let i = 0; i < (counts.people ?? 0); i++) {
    const name = `${w.pick(FIRST)} ${w.pick(LAST)}`;
    const id = `${slug(name)}-${i}`;
    const role = i === 0 ? 'pi' : w.pick(['postdoc', 'phd', 'phd', 'phd', 'student', 'student', 'staff', 'visitor']);
    const start = addDays(SITE_NOW, -w.int(30, 3650));
    const alumni = i > 0 && w.rand() < 0.3;
    add(
      `people/${id}.md`,
      {
        name,
        role,
        start,
        end: alumni ? addDays(SITE_NOW, -w.int(1, 29)) : undefined,
        email: alumni ? undefined : `${slug(name).replace(/-/g, '.')}.${i}@uni-rostock.de`,
        website: w.rand() < 0.3 ? `https://example.org/~person${i}` : undefined,
        github: w.rand() < 0.3 ? `https://github.com/person${i}` : undefined,
        aliases: w.rand() < 0.2 ? [`${name.split(' ')[0][0]}. ${name.split(' ')[1]}`] : undefined,
        now_at: alumni && w.rand() < 0.7 ? `${w.title(2)} Institute` : undefined,
      },
      w.paragraph(2, 4),
    );
    personIds.push(id);
  }

  for (let i = 0; i < (counts.news ?? 0); i++) {
    const date = addDays(SITE_NOW, -w.int(0, 2000));
    add(
      `news/${date}-${i}.md`,
      { date, title: w.rand() < 0.7 ? `${w.title(w.int(3, 7))} ${i}` : undefined },
      w.rand() < 0.7 ? w.paragraph(1, 3) : w.body(2, 3),
    );
  }

  const byYear = {};
  for (let i = 0; i < (counts.publications ?? 0); i++) {
    const year = w.int(2010, 2024);
    const authors = Array.from({ length: w.int(1, 6) }, () => `${w.pick(LAST)}, ${w.pick(FIRST)}`).join(' and ');
    const title = `${w.title(w.int(5, 12))} ${i}`;
    const article = w.rand() < 0.5;
    const fields = {
      author: authors,
      title,
      [article ? 'journal' : 'booktitle']: article ? w.pick(JOURNALS) : `Proceedings of ${w.pick(VENUES)} ${year}`,
      year: String(year),
      doi: `10.5555/synthetic.${year}.${i}`,
      ...(w.rand() < 0.1 && { selected: 'true' }),
    };
    const entry = `@${article ? 'article' : 'inproceedings'}{${slug(w.pick(LAST))}${year}_${i},\n${Object.entries(
      fields,
    )
      .map(([key, value]) => `  ${key} = {${value}},`)
      .join('\n')}\n}\n`;
    (byYear[year] ??= []).push(entry);
    bodies.push({ title, body: `${title}. ${w.paragraph(3, 5)}` });
  }
  // One file, newest first, as al-folio keeps it (_bibliography/papers.bib).
  const years = Object.keys(byYear).sort().reverse();
  if (years.length) files['publications/papers.bib'] = years.flatMap((year) => byYear[year]).join('\n');

  const pageCount = counts.pages ?? 0;
  const core = corePages(indexes);
  const used = [];
  for (const page of core) {
    if (used.length >= pageCount) break;
    // A dropdown only when the pages its children link to exist.
    if (page.data.children && !['for-students/jobs', 'theses'].every((path) => used.some((p) => p.path === path)))
      continue;
    used.push(page);
  }
  for (let i = 0; used.length < pageCount; i++) {
    const title = `${w.title(w.int(2, 5))} ${i}`;
    used.push({
      path: `notes/${slug(title)}-${i}`,
      data: { title, description: `${w.title(w.int(6, 12))}.`, ...(i % 10 === 0 && { permalink: `/topics/${i}/` }) },
    });
  }
  for (const page of used) add(`pages/${page.path}.md`, page.data, w.body(3, 7, { code: true }));

  return { files, counts, bodies };
}

/** The baseline's content: one markdown file per entry of the lab, with the same bodies. */
export function baselineFiles(bodies) {
  return Object.fromEntries(
    bodies.map(({ title, body }, i) => [`entries/entry-${i}.md`, `${frontMatter({ title })}\n${body}\n`]),
  );
}
