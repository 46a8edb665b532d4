import { describe, expect, it } from 'vitest';
import { postSlug, readingMinutes, summaryOf, tagSlug } from '../../src/lib/posts';

describe('a post address', () => {
  it.each([
    ['2024-05-02-our-paper', 'our-paper'],
    ['our-paper', 'our-paper'],
    ['2024-05-02', '2024-05-02'],
    ['2024-05-02-', '2024-05-02-'],
    ['2024-5-2-our-paper', '2024-5-2-our-paper'],
  ])('%s → %s', (key, slug) => {
    expect(postSlug(key)).toBe(slug);
  });
});

describe('a tag address', () => {
  it.each([
    ['Machine Learning', 'machine-learning'],
    ['machine learning', 'machine-learning'],
    ['Kausalität', 'kausalitat'],
    ['Größe', 'grosse'],
    ['C++ & Rust', 'c-rust'],
    ['  spaced  ', 'spaced'],
  ])('%j → %s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });
});

describe('reading time and summaries', () => {
  it.each([
    ['<p>Short.</p>', 1],
    [`<p>${'word '.repeat(660)}</p>`, 3],
    [`<p>${'word '.repeat(100)}</p><pre><code>${'x = 1 '.repeat(100)}</code></pre>`, 1],
  ])('%#: %i minutes', (html, minutes) => {
    expect(readingMinutes(html)).toBe(minutes);
  });

  it('takes the first paragraph as plain text, cut at a word', () => {
    expect(summaryOf('<p>Pat &amp; Ada <em>present</em>.</p><p>More.</p>')).toBe('Pat & Ada present.');
    expect(summaryOf(`<p>${'alpha beta '.repeat(30)}</p>`, 30)).toBe('alpha beta alpha beta alpha…');
    expect(summaryOf('')).toBe('');
    expect(
      summaryOf(
        '<p>Energy is <span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>E</mi></mrow><annotation encoding="application/x-tex">E = mc^2 &lt; \\infty</annotation></semantics></math></span>.</p>',
      ),
    ).toBe('Energy is E = mc^2 < \\infty.');
  });
});
