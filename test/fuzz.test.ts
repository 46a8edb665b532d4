// Property-based tests of front matter (fast-check): valid entries of every collection, each mutated the way an
// editor, a word processor or an attacker would, read by the real loader steps and schemas (no Astro build). Every
// case ends in a valid entry whose values are what the file says, or in a message that names the file: never an
// exception, a stack trace, a value changed silently or a file dropped silently.
// `FUZZ_RUNS=50000 npm run fuzz` runs more cases; FUZZ_SEED=<n> repeats a run (the seed is printed).
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, LEGAL_PAGES, readContent, VALID_LAB } from './helpers/content';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** The valid lab, with a news item, an event, a post and a course besides. */
const LAB: Record<string, string> = {
  ...LEGAL_PAGES,
  ...VALID_LAB,
  'news/2024-01-10-hello.md': '---\ndate: 2024-01-10\ntitle: Hello\n---\nNews.\n',
  'events/talk.md':
    '---\ntitle: A talk\nkind: talk\nstart: 2024-03-12T16:15\nend: 2024-03-12T17:45\nspeakers: [jane-doe, Ada Guest]\nonline: https://meet.example.org/a\n---\nTalk.\n',
  'posts/2024-01-02-hello.md':
    '---\ntitle: Hello\ndate: 2024-01-02\nauthors: jane-doe\ntags: [ML]\n---\nA post with $x^2$.\n',
  'courses/ml.md':
    '---\ntitle: ML\nterm: winter 2024\nlevel: master\nlanguage: en\nects: 6\nlecturers: jane-doe\n---\nA course.\n',
};
const TARGETS = Object.keys(LAB).filter((path) => path.endsWith('.md'));

/** Values as YAML writes them: oddities, dangerous addresses, dates around the time change, long and RTL text. */
const ODDITIES = [
  '~',
  'null',
  '.inf',
  '-.inf',
  '.nan',
  '0x1F',
  '0o17',
  '1e3',
  'yes',
  'no',
  'true',
  '[]',
  '{}',
  '[a, b]',
  '{ a: 1 }',
  '!!binary aGVsbG8=',
  '!!str 2024-01-01',
  '!!int "12"',
  '&anchor Anchored',
  '*anchor',
  '*missing',
  '"A\\x0bB"',
  '"A\\x0cB"',
  '"A\\x00B"',
  '"\\ud800"',
  '"\\u200b\\u200b"',
  '"\\u202Eevil"',
  '""',
  "''",
  '|\n  block\n  text',
  '>\n  folded\n  text',
];
const SCHEMES = ['javascript', 'JavaScript', 'JAVASCRIPT', 'data', 'vbscript', 'https', 'http', 'mailto', 'file'];
const address = fc
  .tuple(
    fc.constantFrom('', ' ', '\\t', '\\n', '\\x01', '\\u0000'),
    fc.constantFrom(...SCHEMES),
    fc.constantFrom(':', '\\t:', ' :', '&#58;'),
    fc.constantFrom('alert(1)', '//evil.example/', '//good@evil.example/', 'text/html,<script>1</script>', ''),
  )
  .map(([before, scheme, colon, rest]) => `"${before}${scheme}${colon}${rest}"`);
const date = fc
  .tuple(
    fc.constantFrom('2024-03-31', '2024-10-27', '2025-03-30', '2024-02-29', '2023-02-29', '2024-13-01', '2024-1-5'),
    fc.constantFrom('', 'T02:30', 'T02:30:00+01:00', 'T23:59Z', ' 12:00'),
  )
  .map(([day, time]) => `${day}${time}`);
const words = fc.constantFrom('Deep learning', 'مرحبا بالعالم', 'שלום', 'Ωμέγα', '王伟', 'Ünïcödé', '🙂 emoji');
const longText = fc.integer({ min: 500, max: 20_000 }).map((length) => `"${'Long '.repeat(length / 5)}"`);
const anyText = fc.string({ unit: 'binary', maxLength: 40 }).map((value) => JSON.stringify(value));
const value = fc.oneof(fc.constantFrom(...ODDITIES), address, date, words, longText, anyText);

/** Keys of the collections (and a misspelt one), set on any entry. */
const KEYS = [
  'title',
  'name',
  'summary',
  'permalink',
  'nav',
  'nav_order',
  'date',
  'start',
  'end',
  'posted',
  'deadline',
  'apply_url',
  'project',
  'kind',
  'role',
  'url',
  'website',
  'draft',
  'lang',
  'speakers',
  'authors',
  'tags',
  'term',
  'lecturers',
  'online',
  'ects',
  'titel',
];

type Change = { describe: string; apply: (source: string) => string; key?: string; written?: string };

/** Sets `key` to `raw` (YAML) in a file's front matter: the line replaced, or added before the closing `---`. */
const setKey = (key: string, raw: string): Change => ({
  describe: `${key}: ${raw.slice(0, 60)}`,
  key,
  written: raw,
  apply: (source) => {
    const line = new RegExp(`^${key}:.*$`, 'm');
    const [, front = '', rest = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const next = line.test(front) ? front.replace(line, () => `${key}: ${raw}`) : `${front}\n${key}: ${raw}`;
    return `---\n${next}\n---\n${rest}`;
  },
});

const FILE_CHANGES: Change[] = [
  { describe: 'a byte-order mark', apply: (s) => `\uFEFF${s}` },
  { describe: 'CRLF line endings', apply: (s) => s.replaceAll('\n', '\r\n') },
  { describe: 'CR line endings', apply: (s) => s.replaceAll('\n', '\r') },
  { describe: 'a space before ---', apply: (s) => ` ${s}` },
  { describe: 'an empty line before ---', apply: (s) => `\n${s}` },
  { describe: 'TOML front matter', apply: (s) => s.replace(/^---\n([\s\S]*?)\n---/, '+++\n$1\n+++') },
  { describe: 'an empty file', apply: () => '' },
  { describe: 'no closing ---', apply: (s) => s.replace(/\n---\n/, '\n') },
  { describe: 'a key twice', apply: (s) => s.replace(/^---\n([^\n]+)\n/, '---\n$1\n$1\n') },
  { describe: 'text that was not UTF-8', apply: (s) => s.replace(/\n---\n/, '\n---\nCaf\uFFFD\n') },
  { describe: 'a control character in the body', apply: (s) => `${s}Pasted\u000Btext\n` },
  { describe: 'a NUL in the front matter', apply: (s) => s.replace('---\n', '---\n\u0000') },
  { describe: 'a merge key', apply: (s) => s.replace('---\n', '---\nbase: &b { draft: false }\n<<: *b\n') },
  { describe: 'an anchor and alias', apply: (s) => s.replace(/^title: (.*)$/m, 'title: &t $1\nsummary: *t') },
];

const change = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...KEYS), value).map(([key, raw]) => setKey(key, raw)) },
  { weight: 1, arbitrary: fc.constantFrom(...FILE_CHANGES) },
);

/** The collection and id of a file below src/content (`positions/phd.md` → positions, phd). */
const entryOf = (path: string) => ({ collection: path.split('/')[0]!, id: path.slice(path.indexOf('/') + 1, -3) });

/** What js-yaml (the core schema the loader uses) reads from a value as written, or undefined when it fails. */
function readValue(raw: string): unknown {
  try {
    return (yaml.load(`v: ${raw}`, { schema: yaml.CORE_SCHEMA }) as { v: unknown }).v;
  } catch {
    return undefined;
  }
}

async function verdict(path: string, edit: Change): Promise<void> {
  const files = { ...LAB, [path]: edit.apply(LAB[path]!) };
  const read = await readContent(files);
  const message = typeof read === 'string' ? read : await checkContent({ content: files });
  if (typeof message === 'string') {
    // A message, never a stack trace, and every line of it names a file (then a line or a field).
    expect(message).not.toMatch(/\n\s+at |Stack trace|\[object Object\]/);
    for (const line of message.split('\n').filter((line) => !/^\s/.test(line)))
      expect(line).toMatch(/^src\/(content\/[\w./-]+|site\.config\.ts)(:\d+)?: \S/);
    return;
  }
  if (typeof read === 'string') return;
  // Built: no file dropped, and a text value is what the file says.
  const collections = read as unknown as Record<string, { id: string; data: Record<string, unknown> }[]>;
  for (const file of Object.keys(files).filter((file) => file.endsWith('.md'))) {
    const { collection, id } = entryOf(file);
    expect(collections[collection]?.map((entry) => entry.id)).toContain(id);
  }
  if (!edit.key || edit.written === undefined) return;
  const { collection, id } = entryOf(path);
  const kept = collections[collection]!.find((entry) => entry.id === id)!.data[edit.key];
  const written = readValue(edit.written);
  // An event's day and time written with a space (2024-03-31 12:00) are kept with a T, as its schema says.
  const isTime = collection === 'events' && (edit.key === 'start' || edit.key === 'end');
  const expected = (text: string) => (isTime ? text.replace(' ', 'T') : text);
  if (typeof kept === 'string' && typeof written === 'string') expect(kept).toBe(expected(written.trim()));
}

describe('front matter, fuzzed', () => {
  it(`ends every case in a valid entry or a message naming the file (${RUNS} cases, seed ${SEED})`, async () => {
    console.log(`fuzz: ${RUNS} cases, seed ${SEED} (FUZZ_SEED=${SEED} repeats them)`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TARGETS), change, async (path, edit) => verdict(path, edit)),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

/** What the fuzz test found, fixed, and kept: each case must end as the property says. */
describe('front matter, the cases the fuzz test found', () => {
  it.each<[string, string, Change]>([
    [
      'invalid TOML front matter (was: "not valid YAML: Invalid TOML document", and a hint about browsers)',
      'pages/imprint.md',
      FILE_CHANGES.find((c) => c.describe === 'TOML front matter')!,
    ],
    [
      "a !!binary tag (was: the parser's message without the file)",
      'pages/imprint.md',
      setKey('title', '!!binary aGVsbG8='),
    ],
    [
      'a line break in a date (was: a message broken over two lines)',
      'positions/phd.md',
      setKey('deadline', '"\\njavascript:alert(1)"'),
    ],
    [
      'a wrong date and a comparison with it (was: reported twice)',
      'people/jane-doe.md',
      setKey('end', '"\\njavascript:alert(1)"'),
    ],
    [
      'a line break in a project id (was: a message broken over two lines)',
      'positions/phd.md',
      setKey('project', '|\n  block\n  text'),
    ],
    ['a NUL and a line break in an id', 'positions/phd.md', setKey('project', '"\\u0000\\n\\u0000"')],
  ])('%s', async (_, path, edit) => {
    await verdict(path, edit);
  });
});
