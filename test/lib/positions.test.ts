import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { resolveNow } from '../../src/lib/dates';
import {
  applyBy,
  closedNotice,
  countdownLabel,
  emptyStateSentence,
  isOpen,
  kindsToShow,
  positionSummary,
  selectOpenPositions,
  selectRecentlyClosed,
} from '../../src/lib/positions';
import { POSITION_KINDS, type PositionKind } from '../../src/schemas/positions';

const en = DICTIONARIES.en;

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

function position(
  title: string,
  fields: { kinds?: PositionKind[]; deadline?: string; posted?: string; filled?: boolean } = {},
) {
  return {
    title,
    kinds: fields.kinds ?? ['phd'],
    posted: fields.posted ?? '2023-12-01',
    deadline: fields.deadline,
    filled: fields.filled ?? false,
  };
}

describe('isOpen: open until the end of the deadline day in Berlin', () => {
  const winter = position('Winter', { deadline: '2024-01-31' });
  const summer = position('Summer', { deadline: '2024-07-31' });
  it.each([
    [winter, '2024-01-31T23:59:59+01:00', true],
    [winter, '2024-02-01T00:00:00+01:00', false],
    [winter, '2024-01-31T22:59:59.999Z', true],
    [winter, '2024-01-31T23:00:00.000Z', false],
    [summer, '2024-07-31T23:59:59+02:00', true],
    [summer, '2024-08-01T00:00:00+02:00', false],
    [summer, '2024-07-31T21:59:59Z', true],
    [summer, '2024-07-31T22:00:00Z', false],
  ])('%#: %o at %s → %s', (pos, instant, open) => {
    expect(isOpen(pos, at(instant), BERLIN)).toBe(open);
  });

  it('treats a missing deadline as open until filled, and filled as closed', () => {
    expect(isOpen(position('Until filled'), at('2099-01-01T00:00:00Z'), BERLIN)).toBe(true);
    expect(isOpen(position('Filled', { filled: true }), at('2020-01-01T00:00:00Z'), BERLIN)).toBe(false);
    expect(
      isOpen(position('Filled', { filled: true, deadline: '2099-01-01' }), at('2020-01-01T00:00:00Z'), BERLIN),
    ).toBe(false);
  });

  it.each([
    ['2024-01-15', true],
    ['2024-01-31', true],
    ['2024-02-01', false],
    ['2024-01-31T23:59:59', true],
    ['2024-02-01T00:00:00', false],
  ])("with SITE_NOW=%s the lab's 2024 position is open: %s", (siteNow, open) => {
    expect(isOpen(winter, resolveNow(siteNow, new Date(), BERLIN), BERLIN)).toBe(open);
  });
});

describe('kindsToShow (open_positions)', () => {
  it.each([
    [undefined, null],
    [false, null],
    [true, POSITION_KINDS],
    ['student_assistant', ['student_assistant']],
    [
      ['phd', 'postdoc'],
      ['phd', 'postdoc'],
    ],
  ] as const)('%o → %o', (value, kinds) => {
    expect(kindsToShow(value)).toEqual(kinds);
  });
});

describe('selectOpenPositions', () => {
  const now = at('2024-01-15T12:00:00Z');
  const positions = [
    position('Until filled', { kinds: ['staff'] }),
    position('Late', { deadline: '2024-03-01', kinds: ['postdoc'] }),
    position('Soon', { deadline: '2024-01-20', kinds: ['phd', 'postdoc'] }),
    position('Closed', { deadline: '2024-01-10' }),
    position('Filled', { deadline: '2024-05-01', filled: true }),
    position('Student', { deadline: '2024-02-01', kinds: ['student_assistant'] }),
    position('Soon too, posted later', { deadline: '2024-01-20', posted: '2024-01-05' }),
  ];
  const titles = (kinds?: PositionKind[]) =>
    selectOpenPositions(positions, { now, timeZone: BERLIN, kinds }).map((p) => p.title);

  it.each([
    [undefined, ['Soon too, posted later', 'Soon', 'Student', 'Late', 'Until filled']],
    [['phd'], ['Soon too, posted later', 'Soon']],
    [['postdoc'], ['Soon', 'Late']],
    [['student_assistant'], ['Student']],
    [['thesis'], []],
  ] as [PositionKind[] | undefined, string[]][])('kinds %o → %o', (kinds, expected) => {
    expect(titles(kinds)).toEqual(expected);
  });
});

describe('emptyStateSentence', () => {
  it.each([
    [POSITION_KINDS, 'There are no open positions at the moment.'],
    [['student_assistant'], 'There are no open student assistant positions at the moment.'],
    [['phd', 'postdoc'], 'There are no open PhD or postdoc positions at the moment.'],
    [['phd', 'postdoc', 'thesis'], 'There are no open PhD, postdoc or thesis positions at the moment.'],
  ] as [PositionKind[], string][])('%o → %s', (kinds, sentence) => {
    expect(emptyStateSentence(kinds, en)).toBe(sentence);
  });
});

describe('countdownLabel: shown when 14 days or fewer remain', () => {
  it.each([
    ['2024-01-31', '2024-01-31', 'closes today'],
    ['2024-01-31', '2024-01-30', 'closes tomorrow'],
    ['2024-01-31', '2024-01-26', 'closes in 5 days'],
    ['2024-01-31', '2024-01-17', 'closes in 14 days'],
    ['2024-01-31', '2024-01-16', undefined],
    ['2024-01-31', '2024-02-01', undefined],
    [undefined, '2024-01-31', undefined],
  ])('deadline %s, today %s → %s', (deadline, today, label) => {
    expect(countdownLabel(deadline, today, en)).toBe(label);
  });
});

describe('selectRecentlyClosed', () => {
  it('lists closed and filled positions, most recently closed first, at most the limit', () => {
    const now = at('2024-06-01T12:00:00Z');
    const positions = [
      position('Open', { deadline: '2024-07-01' }),
      position('Closed in January', { deadline: '2024-01-31' }),
      position('Closed in May', { deadline: '2024-05-15' }),
      position('Filled, no deadline', { filled: true, posted: '2024-03-01' }),
      position('Closed in 2023', { deadline: '2023-10-01' }),
    ];
    expect(selectRecentlyClosed(positions, { now, timeZone: BERLIN }).map((p) => p.title)).toEqual([
      'Closed in May',
      'Filled, no deadline',
      'Closed in January',
      'Closed in 2023',
    ]);
    expect(selectRecentlyClosed(positions, { now, timeZone: BERLIN, limit: 2 })).toHaveLength(2);
  });
});

describe('what a position page says', () => {
  it.each([
    [{ filled: true, deadline: '2024-01-31' }, 'This position has been filled.'],
    [{ filled: false, deadline: '2024-01-31' }, 'This position is closed: applications ended on 31 January 2024.'],
  ])('closedNotice(%o) → %s', (position, notice) => {
    expect(closedNotice(position, en)).toBe(notice);
  });

  it.each([
    [
      { kinds: ['phd', 'postdoc'], deadline: '2024-01-31', open: true },
      'PhD / Postdoc position at the Lab. Apply by 31 January 2024.',
    ],
    [
      { kinds: ['student_assistant'], deadline: undefined, open: true },
      'Student assistant position at the Lab. Open until filled.',
    ],
    [{ kinds: ['phd'], deadline: '2024-01-31', open: false }, 'PhD position at the Lab. This position is closed.'],
  ] as const)('positionSummary(%o) → %s', (position, summary) => {
    expect(positionSummary(position, 'Lab', en)).toBe(summary);
  });
});

describe('applyBy: what an open position asks of applicants', () => {
  it.each([
    ['2024-01-31', 'Apply by 31 January 2024'],
    [undefined, 'Open until filled'],
  ])('%s → %s', (deadline, text) => expect(applyBy(deadline, en)).toBe(text));
});
