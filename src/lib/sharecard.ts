import satori, { type Font, type FontWeight } from 'satori';
import sharp from 'sharp';
import { formatDate, type CalendarDate, type PartialDate } from './dates';
import type { Dictionary } from './i18n';
import { applyBy, describeKinds, type PositionKind } from './positions';

/** The share card's size in pixels: the size Open Graph and most link previews expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type CardKind = 'position' | 'project' | 'site';

/** What a share card says; `cardTree` lays it out. */
export interface Card {
  kind: CardKind;
  lab: string;
  university: string;
  /** The small line above the title: "PhD / Postdoc", "Research project". */
  label?: string | undefined;
  title: string;
  /** Text below the title (the position's project, a project's summary, the site's description); clamped. */
  lines: string[];
  /** The band at the bottom, in bold: "Apply by 31 January 2024", "Open until filled", "Closed", "2022 – present". */
  status?: string | undefined;
  /** Said after the status, in regular weight: "This position has been filled.", "Funded by BMBF". */
  note?: string | undefined;
  /** A closed position: grey instead of blue, and the band says "Closed". */
  closed?: boolean | undefined;
  /** The lab's logo as a `data:` URL (see `logoDataUrl`), beside the lab name. */
  logo?: string | undefined;
}

/** What the cards need from the site config. */
export interface CardSite {
  name: string;
  university: string;
  description: string;
}

/** The site path of a card (without the base): `/cards/positions/<id>.png`, `/cards/projects/<id>.png`, `/cards/site.png`. */
export function cardPath(kind: CardKind, id?: string): string {
  if (kind === 'site') return '/cards/site.png';
  if (!id) throw new Error(`cardPath: a ${kind} card needs the ${kind}'s id`);
  return `/cards/${kind}s/${id}.png`;
}

/** What a position card needs: `open` as decided at the build. */
export interface CardPosition {
  title: string;
  kinds: readonly PositionKind[];
  deadline?: CalendarDate | undefined;
  filled: boolean;
  open: boolean;
  project?: { title: string } | undefined;
}

/** The card of a position: its kinds, its title, its project, and the deadline, "Open until filled" or "Closed". */
export function positionCard(position: CardPosition, site: CardSite, t: Dictionary): Card {
  return {
    kind: 'position',
    lab: site.name,
    university: site.university,
    label: describeKinds(position.kinds, t),
    title: position.title,
    lines: position.project ? [`${t.positions.project}: ${position.project.title}`] : [],
    ...positionStatus(position, t),
    closed: !position.open,
  };
}

/** The band of a position card: "Apply by 31 January 2024", "Open until filled", or "Closed" (never a deadline). */
export function positionStatus(position: CardPosition, t: Dictionary): { status: string; note?: string } {
  if (!position.open) {
    return {
      status: t.positions.closed,
      note: position.filled || !position.deadline ? t.positions.filled : t.cards.noLongerAccepted,
    };
  }
  return { status: applyBy(position.deadline, t) };
}

/** What a project card needs. */
export interface CardProject {
  title: string;
  summary: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  funder?: string | undefined;
}

/** The card of a project: its title, its summary, when it runs and who funds it. */
export function projectCard(project: CardProject, site: CardSite, t: Dictionary): Card {
  return {
    kind: 'project',
    lab: site.name,
    university: site.university,
    label: t.cards.researchProject,
    title: project.title,
    lines: [project.summary],
    status: projectPeriod(project, t),
    note: project.funder ? `${t.projects.funder} ${project.funder}` : undefined,
  };
}

/** When a project runs, as its page says it: "April 2015 – March 2018", "2022 – present". */
export function projectPeriod(project: Pick<CardProject, 'start' | 'end'>, t: Dictionary): string {
  const end = project.end ? formatDate(project.end, t.locale) : t.dates.present;
  return `${formatDate(project.start, t.locale)} – ${end}`;
}

/** The card of every other page: the university, the lab's name and the site's description. */
export function siteCard(site: CardSite): Card {
  return { kind: 'site', lab: site.name, university: site.university, title: site.name, lines: [site.description] };
}

const BLUE = '#004a99';
const DARK_BLUE = '#002b5a';
const PALE_BLUE = '#eaf1f9';
const TEXT = '#1f2937';
const GREY = '#4b5563';
const WHITE = '#ffffff';
const FONT = 'Inter';

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
  el('div', { display: 'block', lineClamp: lines, overflow: 'hidden', wordBreak: 'break-word', ...style }, text);

/** The element tree that satori lays out: the lab at the top, the label, title and lines, and the band at the bottom. */
export function cardTree(card: Card): CardNode {
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
      borderTop: `12px solid ${accent}`,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 80px 40px' }, [header, body]),
      band,
    ],
  );
}

const files = import.meta.glob<string>('../assets/fonts/*.woff', { query: '?inline', import: 'default', eager: true });

/**
 * The fonts shipped in src/assets/fonts, decoded once per build: Inter in three weights, each in two files
 * (latin, latin-ext). Each file is a family of its own: satori falls back from family to family for a
 * missing letter, but keeps only one file per family and weight.
 */
const fonts: Font[] = Object.entries(files)
  .toSorted(([a], [b]) => a.localeCompare(b))
  .map(([path, url]) => {
    const [, subset, weight] = /-(latin(?:-ext)?)-(\d{3})-normal\.woff$/.exec(path) ?? [];
    if (!subset || !weight) throw new Error(`${path}: expected a file named like inter-latin-400-normal.woff`);
    return {
      name: subset === 'latin' ? FONT : `${FONT} ${subset}`,
      data: Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'),
      weight: Number(weight) as FontWeight,
    };
  });

/** Renders a card as a 1200×630 PNG. */
export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  if (!fonts.length) throw new Error('renderCard: no fonts in src/assets/fonts');
  const svg = await satori(cardTree(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/** An image file as a small PNG `data:` URL for `Card.logo` (any format sharp reads: PNG, JPEG, SVG, WebP). */
export async function logoDataUrl(image: Uint8Array): Promise<string> {
  const png = await sharp(image).resize(64, 64, { fit: 'contain', background: '#ffffff00' }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
