import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import resvgPackage from '@resvg/resvg-js/package.json' with { type: 'json' };
import satoriPackage from 'satori/package.json' with { type: 'json' };
import sharp from 'sharp';
import interPackage from '@fontsource/inter/package.json' with { type: 'json' };
import koreanPackage from '@fontsource/noto-sans-kr/package.json' with { type: 'json' };
import chinesePackage from '@fontsource/noto-sans-sc/package.json' with { type: 'json' };
import { ContentError } from './model/problems';
import { CARD_HEIGHT, CARD_WIDTH, type Card } from './sharecard';
import { baseFonts, fallbackFonts, FONT, fontsNeeded, withoutEmoji } from './sharecard-fonts';
import { drawInWorker, WORKER_HASH } from './sharecard-pool';

const BLUE = '#004a99';
const DARK_BLUE = '#002b5a';
const PALE_BLUE = '#eaf1f9';
const TEXT = '#1f2937';
const GREY = '#4b5563';
const WHITE = '#ffffff';

/** The title's size in pixels: big for short titles, smaller for long ones (which are clamped to three lines). */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 32 ? 80 : length <= 56 ? 66 : length <= 84 ? 56 : 50;
}

type Style = Record<string, string | number>;

/** A satori element: a plain `{ type, props }` object, as JSX would make. */
export interface CardNode {
  type: string;
  props: { style?: Style; src?: string; children?: CardNode | string | (CardNode | string)[] | undefined };
}

const el = (type: string, style: Style, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

/** Text clamped to `lines` lines, with an ellipsis. */
const clamped = (text: string, lines: number, style: Style) =>
  el('div', { display: 'block', lineClamp: lines, wordBreak: 'break-word', ...style }, text);

/** The element tree that satori lays out: the lab at the top, the label, title and lines, and the band at the bottom. */
export function cardTree(written: Card): CardNode {
  const card = withoutEmojiIn(written);
  const site = card.kind === 'site';
  const accent = card.closed ? GREY : BLUE;
  const logo: CardNode[] = card.logo
    ? [{ type: 'img', props: { src: card.logo, style: { width: 64, height: 64, marginRight: 24 } } }]
    : [];
  const header = el('div', { display: 'flex', alignItems: 'center' }, [
    ...logo,
    el(
      'div',
      { display: 'flex', flexDirection: 'column' },
      // The site card's title is the lab's name, so its header names only the university.
      site
        ? [el('div', { fontSize: 30, fontWeight: 600, color: DARK_BLUE }, card.university)]
        : [
            el('div', { fontSize: 30, fontWeight: 700, color: DARK_BLUE }, card.lab),
            el('div', { fontSize: 24, color: GREY, marginTop: 2 }, card.university),
          ],
    ),
  ]);
  const label = card.label
    ? [
        el(
          'div',
          {
            fontSize: 26,
            fontWeight: 600,
            color: accent,
            letterSpacing: 2,
            textTransform: 'uppercase',
            marginBottom: 16,
          },
          card.label,
        ),
      ]
    : [];
  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
    ...label,
    clamped(card.title, 3, {
      fontSize: titleSize(card.title),
      fontWeight: 700,
      lineHeight: 1.1,
      letterSpacing: -1.5,
      color: card.closed ? GREY : DARK_BLUE,
    }),
    // Three lines of text below a title of one line; two below a longer one.
    ...card.lines.map((line) =>
      clamped(line, site || [...card.title].length <= 32 ? 3 : 2, {
        fontSize: 30,
        lineHeight: 1.4,
        color: card.closed ? GREY : TEXT,
        marginTop: 22,
      }),
    ),
  ]);
  const colours =
    card.kind === 'position'
      ? { backgroundColor: accent, color: WHITE }
      : { backgroundColor: PALE_BLUE, color: DARK_BLUE };
  const band = card.status
    ? el('div', { display: 'flex', alignItems: 'center', height: 100, padding: '0 80px', fontSize: 34, ...colours }, [
        el('div', { fontWeight: 700 }, card.status),
        ...(card.note ? [el('div', { fontWeight: 400, marginLeft: 24, opacity: 0.92 }, card.note)] : []),
      ])
    : el('div', { height: 16, backgroundColor: accent }, []);
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: WHITE,
      fontFamily: `${FONT}, ${FONT} latin-ext`,
    },
    [
      // The stripe along the top, as a box of its own: drawn as a border, it becomes an SVG mask, which takes longer
      // to rasterise than all the text.
      el('div', { height: 12, flexShrink: 0, backgroundColor: accent }, []),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 80px 40px' }, [header, body]),
      band,
    ],
  );
}

/** Inter's Latin letters in three weights, which every card is drawn with (see sharecard-fonts.ts). */
const fonts = baseFonts();

/** A card's words without emoji, which no shipped font draws. */
function withoutEmojiIn(card: Card): Card {
  const clean = (text: string | undefined) => (text === undefined ? undefined : withoutEmoji(text));
  return {
    ...card,
    lab: withoutEmoji(card.lab),
    university: withoutEmoji(card.university),
    label: clean(card.label),
    title: withoutEmoji(card.title),
    lines: card.lines.map(withoutEmoji),
    status: clean(card.status),
    note: clean(card.note),
  };
}

const textOf = (card: Card) =>
  [card.lab, card.university, card.label, card.title, ...card.lines, card.status, card.note].join(' ');

/**
 * What is wrong with a card's words, if anything: a character that none of the cards' fonts has (Latin, Greek,
 * Cyrillic, Vietnamese, Chinese, Japanese, Korean), said with the file it comes from.
 */
export function cardProblem(card: Card): string | undefined {
  const { missing } = fontsNeeded(textOf(withoutEmojiIn(card)));
  if (!missing.length) return undefined;
  const characters = missing
    .map((character) => `"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
  return `${card.source ?? 'a share card'}: the share card cannot show ${characters}: its fonts have Latin, Greek, Cyrillic, Vietnamese, Chinese, Japanese and Korean letters; write the title and summary in one of those scripts`;
}

/**
 * Renders a card as a 1200×630 PNG in a worker thread (see sharecard-worker.ts): one per core, at most four, so
 * that cards render side by side while the main thread goes on with the build. A card whose words need more than
 * Inter's Latin letters takes the fallback fonts for them along.
 */
export function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  const problem = cardProblem(card);
  if (problem) return Promise.reject(new ContentError([problem]));
  const needed = fontsNeeded(textOf(withoutEmojiIn(card)));
  const key = [...needed.inter, ...needed.noto].join(' ');
  return drawInWorker(cardTree(card), fonts, key ? { key, fonts: fallbackFonts(needed) } : undefined);
}

/** The renderers, the worker that drives them, and the fonts: a card drawn by other versions may look different. */
const RENDERER = [
  `satori ${satoriPackage.version}`,
  `worker ${WORKER_HASH}`,
  `resvg ${resvgPackage.version}`,
  `sharp ${sharp.versions.sharp} vips ${sharp.versions.vips}`,
  `fonts: inter ${interPackage.version} noto-sans-sc ${chinesePackage.version} noto-sans-kr ${koreanPackage.version}`,
  ...fonts.map(
    (font) => `${font.name} ${font.weight} ${createHash('sha256').update(new Uint8Array(font.data)).digest('hex')}`,
  ),
].join('\n');

/**
 * The name of a card in the cache: a hash of everything that makes its picture, i.e. the element tree satori lays
 * out (every text, colour and size, and the logo's bytes) and the renderers and fonts that draw it.
 */
export function cardKey(card: Card): string {
  return createHash('sha256')
    .update(RENDERER)
    .update(JSON.stringify(cardTree(card)))
    .digest('hex');
}

/**
 * A card's PNG from the cache in `folder`, or rendered and put there. The folder survives between builds (it is
 * beside Astro's own cache, which the deploy workflow restores), so a build draws only the cards that changed. A
 * card that `drawAhead` started is handed over (and forgotten, so that the build does not hold every picture).
 */
export function cachedCard(card: Card, folder: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(folder, `${cardKey(card)}.png`);
  const ahead = drawn.get(file);
  drawn.delete(file);
  return ahead ?? readOrRender(card, folder, file);
}

/**
 * Starts drawing the cards now, without waiting for them: called while Astro collects the paths, the cards render in
 * the worker threads while the main thread builds the pages, and each card's route then finds its picture ready. A
 * failure is not lost: the card's route meets it when it asks for the card.
 */
export function drawAhead(cards: Card[], folder: string): void {
  for (const card of cards) {
    const file = join(folder, `${cardKey(card)}.png`);
    if (drawn.has(file)) continue;
    const png = readOrRender(card, folder, file);
    png.catch(() => undefined);
    drawn.set(file, png);
  }
}

/** The pictures started by `drawAhead` and not yet asked for, by file in the cache. */
const drawn = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** Reads a cache file, at most 64 at once: a build with thousands of cards must not run out of file handles. */
async function readCached(file: string): Promise<Buffer> {
  while (reading >= 64) await new Promise<void>((resume) => readers.push(resume));
  reading++;
  try {
    return await readFile(file);
  } finally {
    reading--;
    readers.shift()?.();
  }
}
let reading = 0;
const readers: (() => void)[] = [];

async function readOrRender(card: Card, folder: string, file: string): Promise<Uint8Array<ArrayBuffer>> {
  const cached = await readCached(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new Error(`The share-card cache could not be read: ${error.message}`, { cause: error });
  });
  if (cached) return new Uint8Array(cached);
  const png = await renderCard(card);
  // Written under a temporary name first, so that a build stopped halfway never leaves half a picture behind. The
  // cache only saves time: a build that cannot write it (a full disk, no permission) goes on without it.
  try {
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    const partial = `${file}.${randomUUID()}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
  } catch {
    // Not cached; the card itself is fine.
  }
  return png;
}

/** The cache folders made in this build: made once, not once per card. */
const folders = new Map<string, Promise<unknown>>();

/** An image file as a small PNG `data:` URL for `Card.logo` (any format sharp reads: PNG, JPEG, SVG, WebP). */
export async function logoDataUrl(image: Uint8Array): Promise<string> {
  const png = await sharp(image).resize(64, 64, { fit: 'contain', background: '#ffffff00' }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
