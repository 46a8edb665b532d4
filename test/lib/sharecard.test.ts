import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardPath,
  positionCard,
  projectCard,
  projectPeriod,
  siteCard,
  type Card,
  type CardPosition,
  type CardProject,
} from '../../src/lib/sharecard';
import { fontsNeeded, withoutEmoji } from '../../src/lib/sharecard-fonts';
import { cardProblem, cardTree, renderCard, titleSize } from '../../src/lib/sharecard-render';
import { IDLE_MS } from '../../src/lib/sharecard-pool';

const en = DICTIONARIES.en;

const site = {
  name: 'Machine Learning Group',
  university: 'University of Rostock',
  description: 'A machine-learning research group at the University of Rostock.',
};

function position(fields: Partial<CardPosition> = {}): CardPosition {
  return { title: 'PhD position in THEMIS', kinds: ['phd'], filled: false, open: true, ...fields };
}

/** The parts of a card that a person reads, without the lab (the same on every card). */
const says = ({ label, title, lines, status, note, closed }: Card) => ({ label, title, lines, status, note, closed });

describe('positionCard: kinds, title, and the deadline or "Closed"', () => {
  it.each<[string, CardPosition, ReturnType<typeof says>]>([
    [
      'open with a deadline',
      position({ kinds: ['phd', 'postdoc'], deadline: '2024-01-31', project: { title: 'THEMIS' } }),
      {
        label: 'PhD / Postdoc',
        title: 'PhD position in THEMIS',
        lines: ['Project: THEMIS'],
        status: 'Apply by 31 January 2024',
        note: undefined,
        closed: false,
      },
    ],
    [
      'open until filled',
      position({ kinds: ['student_assistant'] }),
      {
        label: 'Student assistant',
        title: 'PhD position in THEMIS',
        lines: [],
        status: 'Open until filled',
        note: undefined,
        closed: false,
      },
    ],
    [
      'closed by its deadline',
      position({ deadline: '2024-01-31', open: false }),
      {
        label: 'PhD',
        title: 'PhD position in THEMIS',
        lines: [],
        status: 'Closed',
        note: 'Applications are no longer accepted.',
        closed: true,
      },
    ],
    [
      'filled before its deadline',
      position({ deadline: '2099-06-30', filled: true, open: false }),
      {
        label: 'PhD',
        title: 'PhD position in THEMIS',
        lines: [],
        status: 'Closed',
        note: 'This position has been filled.',
        closed: true,
      },
    ],
    [
      'filled without a deadline',
      position({ filled: true, open: false }),
      {
        label: 'PhD',
        title: 'PhD position in THEMIS',
        lines: [],
        status: 'Closed',
        note: 'This position has been filled.',
        closed: true,
      },
    ],
  ])('%s', (_, input, expected) => {
    const card = positionCard(input, site, en);
    expect(says(card)).toEqual(expected);
    expect(card).toMatchObject({ kind: 'position', lab: site.name, university: site.university });
  });

  it('never shows the deadline of a closed position', () => {
    const card = positionCard(position({ deadline: '2024-01-31', open: false }), site, en);
    expect(JSON.stringify(card)).not.toMatch(/January|2024/);
  });

  it('writes the deadline in the site locale', () => {
    expect(positionCard(position({ deadline: '2024-07-31' }), site, DICTIONARIES.de).status).toBe(
      'Bewerbung bis 31. Juli 2024',
    );
  });
});

describe('projectCard: title, summary, period and funder', () => {
  const themis: CardProject = {
    title: 'THEMIS',
    summary: 'Background knowledge for complex systems.',
    start: '2022',
    funder: 'BMBF',
  };
  it.each<[string, CardProject, Partial<ReturnType<typeof says>>]>([
    ['ongoing, with a funder', themis, { status: '2022 – present', note: 'Funded by BMBF' }],
    [
      'ended, without a funder',
      { title: 'Old project', summary: 'A project that has ended.', start: '2015-04', end: '2018-03' },
      { status: 'April 2015 – March 2018', note: undefined },
    ],
    [
      'starting on a day',
      { ...themis, start: '2024-03-01', funder: undefined },
      { status: '1 March 2024 – present', note: undefined },
    ],
  ])('%s', (_, input, expected) => {
    const card = projectCard(input, site, en);
    expect(says(card)).toEqual({
      label: 'Research project',
      title: input.title,
      lines: [input.summary],
      closed: undefined,
      ...expected,
    });
    expect(card.kind).toBe('project');
  });

  it('reads the period as the project page does', () => {
    expect(projectPeriod({ start: '2022' }, en)).toBe('2022 – present');
    expect(projectPeriod({ start: '2022-04', end: '2025' }, en)).toBe('April 2022 – 2025');
  });
});

describe('siteCard', () => {
  it("shows the lab's name and the site's description", () => {
    expect(siteCard(site)).toEqual({
      kind: 'site',
      lab: site.name,
      university: site.university,
      title: site.name,
      lines: [site.description],
      source: 'src/site.config.ts',
    });
  });
});

describe('cardPath', () => {
  it.each([
    [cardPath('site'), '/cards/site.png'],
    [cardPath('position', 'themis-phd'), '/cards/positions/themis-phd.png'],
    [cardPath('project', '2022_themis'), '/cards/projects/2022_themis.png'],
  ])('%s', (path, expected) => expect(path).toBe(expected));

  it('needs an id for a position or a project', () => {
    expect(() => cardPath('position')).toThrow(/id/);
  });
});

describe('cardTree', () => {
  /** Every string in the tree, in order. */
  const texts = (node: unknown): string[] =>
    typeof node === 'string'
      ? [node]
      : Array.isArray(node)
        ? node.flatMap(texts)
        : node && typeof node === 'object' && 'props' in node
          ? texts((node as { props: { children?: unknown } }).props.children)
          : [];

  it('says the lab, the university, the label, the title and the status, in that order', () => {
    const card = positionCard(position({ deadline: '2024-01-31' }), site, en);
    expect(texts(cardTree(card))).toEqual([
      'Machine Learning Group',
      'University of Rostock',
      'PhD',
      'PhD position in THEMIS',
      'Apply by 31 January 2024',
    ]);
  });

  it('makes long titles smaller', () => {
    expect(titleSize('THEMIS')).toBeGreaterThan(titleSize('PhD position in probabilistic machine learning'));
    expect(titleSize('x'.repeat(200))).toBeGreaterThanOrEqual(48);
  });
});

describe('renderCard', () => {
  it('renders a 1200×630 PNG, whose bytes follow the title', async () => {
    const card = positionCard(position({ deadline: '2024-01-31' }), site, en);
    const [png, same, other] = await Promise.all([
      renderCard(card),
      renderCard(card),
      renderCard({ ...card, title: 'Postdoc position in THEMIS' }),
    ]);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    expect(Buffer.from(same).equals(Buffer.from(png))).toBe(true);
    expect(Buffer.from(other).equals(Buffer.from(png))).toBe(false);
  });

  it('fails a card that cannot be drawn, with a message, and goes on drawing the others', async () => {
    const card = positionCard(position(), site, en);
    const [broken, fine] = await Promise.allSettled([
      renderCard({ ...card, logo: 'data:image/png;base64,bm90IGEgcGljdHVyZQ==' }),
      renderCard(card),
    ]);
    expect(broken).toMatchObject({ status: 'rejected', reason: { message: /^A share card could not be drawn: / } });
    expect(fine.status).toBe('fulfilled');
  });

  it('draws again after a pause, in which its idle workers stopped (as when `astro dev` is asked for a card later)', async () => {
    const card = positionCard(position(), site, en);
    const first = await renderCard(card);
    await new Promise((resume) => setTimeout(resume, IDLE_MS + 200));
    expect(Buffer.from(await renderCard(card)).equals(Buffer.from(first))).toBe(true);
  });
});

describe('cards for every script', () => {
  it.each([
    ['Deep learning for Rostock', { inter: [], noto: [], missing: [] }],
    ['Über Straße, Łódź, Ærø', { inter: [], noto: [], missing: [] }],
    ['Fac\u0327ade, Dvor\u030Cák (as pasted from a Mac)', { inter: [], noto: [], missing: [] }],
    ['β-VAE', { inter: ['greek'], noto: [], missing: [] }],
    ['Нейронные сети', { inter: ['cyrillic'], noto: [], missing: [] }],
    ['王伟', { inter: [], noto: ['sc-112', 'sc-116'], missing: [] }],
    ['한국어', { inter: [], noto: expect.arrayContaining([expect.stringMatching(/^kr-/)]), missing: [] }],
    ['مرحبا', { inter: [], noto: [], missing: ['م', 'ر', 'ح', 'ب', 'ا'] }],
    ['A → B ≤ C', { inter: [], noto: expect.any(Array), missing: [] }],
  ])('%s needs %o', (text, needed) => {
    expect(fontsNeeded(text)).toEqual(needed);
  });

  it.each([
    ['Paper accepted 🎉 at NeurIPS', 'Paper accepted at NeurIPS'],
    ['👩‍🔬 Lab day 🇩🇪', 'Lab day'],
    ['Rain ☔️ or shine', 'Rain or shine'],
    ['No emoji here', 'No emoji here'],
    ['Lab® © 2024 ™ ↔', 'Lab® © 2024 ™ ↔'],
    ['Dvor\u030Cák', 'Dvořák'],
  ])('leaves the emoji out of %s', (text, clean) => {
    expect(withoutEmoji(text)).toBe(clean);
  });

  it('stops a card with a character no font has, naming the file and the character', () => {
    const card = { ...positionCard(position(), site, en), title: 'مرحبا', source: 'src/content/projects/x.md' };
    expect(cardProblem(card)).toBe(
      'src/content/projects/x.md: the share card cannot show "م" (U+0645), "ر" (U+0631), "ح" (U+062D), "ب" (U+0628), "ا" (U+0627): its fonts have Latin, Greek, Cyrillic, Vietnamese, Chinese, Japanese and Korean letters; write the title and summary in one of those scripts',
    );
    expect(cardProblem({ ...card, title: 'β-VAE 王伟 Ж 🎉' })).toBeUndefined();
  });

  it('draws each letter of Greek, Cyrillic and CJK text, not a box for each', async () => {
    // With no font for a letter, satori draws the same empty box for every one: two cards that differ in one such
    // letter would then be the same picture.
    const card = positionCard(position(), site, en);
    const pairs = [
      ['α-VAE', 'β-VAE'],
      ['Ж', 'Д'],
      ['王', '伟'],
      ['ひ', 'カ'],
      ['한', '국'],
    ];
    for (const [a, b] of pairs) {
      const [one, other] = await Promise.all([renderCard({ ...card, title: a! }), renderCard({ ...card, title: b! })]);
      expect(Buffer.from(one).equals(Buffer.from(other)), `${a} and ${b}`).toBe(false);
    }
  });
});
