import { describe, expect, it } from 'vitest';
import { convertLiquid, onlyLiquid, plainLink } from '../../scripts/lib/liquid';

const convert = (body: string) => convertLiquid(body, { file: '_projects/a.md', firstLine: 10, baseurl: '/al-folio' });

describe("al-folio's Liquid, made plain where it has a plain equivalent", () => {
  it.each([
    [
      '{% include figure.liquid loading="eager" path="assets/img/1.jpg" title="A sunset" class="img-fluid" %}',
      '![A sunset](/assets/img/1.jpg)',
    ],
    ["{% include figure.liquid path='/assets/img/2.jpg' alt='Two' %}", '![Two](/assets/img/2.jpg)'],
    ['As shown in {% cite doe2024 %}.', 'As shown in [doe2024](/publications/#pub-doe2024).'],
    ['[Papers]({{ site.baseurl }}/publications/)', '[Papers](/publications/)'],
    ["[CV]({{ '/assets/pdf/cv.pdf' | relative_url }})", '[CV](/assets/pdf/cv.pdf)'],
    ['[Old]( /al-folio/publications/ )'.replace(/\( | \)/g, (m) => m.trim()), '[Old](/publications/)'],
    ['<a href="/al-folio/people/">people</a>', '<a href="/people/">people</a>'],
    ['New paper :sparkles: at 10:30', 'New paper ✨ at 10:30'],
    ['[Elsewhere](https://al-folio.example/al-folio/x/)', '[Elsewhere](https://al-folio.example/al-folio/x/)'],
  ])('%s', (line, plain) => {
    expect(convert(line)).toEqual({ body: plain, notes: [] });
  });

  it('comments out what remains, and reports it with its line', () => {
    expect(convert('Intro.\n{% include projects.liquid %}')).toEqual({
      body: 'Intro.\n<!-- al-folio Liquid: {% include projects.liquid %} -->',
      notes: ['_projects/a.md:11: Liquid, commented out, needs a person: {% include projects.liquid %}'],
    });
  });

  it('leaves code fences exactly as written, Liquid, emoji shortcodes and all', () => {
    const body =
      'Before :tada:\n\n```liquid\n{% include figure.liquid path="x.jpg" %}\n{{ site.baseurl }} :tada:\n```\n\n~~~\n{% if x %}\n~~~\n';
    expect(convert(body).body).toBe(
      'Before 🎉\n\n```liquid\n{% include figure.liquid path="x.jpg" %}\n{{ site.baseurl }} :tada:\n```\n\n~~~\n{% if x %}\n~~~\n',
    );
    expect(convert(body).notes).toEqual([]);
  });

  it('leaves a fence inside a list item or a quote as written', () => {
    const body =
      '- Step one:\n\n    ```liquid\n    {% include figure.liquid path="a.jpg" %}\n    ```\n\n> ```\n> {{ site.baseurl }}\n> ```';
    expect(convert(body)).toEqual({ body, notes: [] });
  });

  it('leaves a figure whose path is a Liquid variable to a person', () => {
    expect(convert('{% include figure.liquid path=page.cover alt="Cover" %}')).toEqual({
      body: '<!-- al-folio Liquid: {% include figure.liquid path=page.cover alt="Cover" %} -->',
      notes: [
        '_projects/a.md:10: Liquid, commented out, needs a person: {% include figure.liquid path=page.cover alt="Cover" %}',
      ],
    });
  });

  it('shows a {% raw %} block as written, without its tags', () => {
    expect(convert('{% raw %}\nUse {{ page.title }} in a layout.\n{% endraw %}\nAfter.').body).toBe(
      'Use {{ page.title }} in a layout.\nAfter.',
    );
    expect(convert('Inline {% raw %}{{ x }}{% endraw %} here.').body).toBe('Inline {{ x }} here.');
  });

  it('asks for a description of a picture that has none', () => {
    expect(convert('{% include figure.liquid path="assets/img/1.jpg" %}')).toEqual({
      body: '![](/assets/img/1.jpg)',
      notes: ['_projects/a.md:10: a picture without a description (alt): add one in the [ ] of ![ ](…)'],
    });
  });

  it('tells a page that is nothing but Liquid', () => {
    expect(onlyLiquid(convert('\n{% include news.liquid %}\n\n{% include selected_papers.liquid %}\n').body)).toBe(
      true,
    );
    expect(onlyLiquid(convert('Our news.\n{% include news.liquid %}').body)).toBe(false);
  });

  it.each([
    ['/al-folio', '/'],
    ['/al-folio/a/', '/a/'],
    ['/al-folioX/a/', '/al-folioX/a/'],
    ['{{ site.url }}{{ site.baseurl }}/a/', '/a/'],
  ])('plainLink %s', (link, plain) => {
    expect(plainLink(link, '/al-folio/')).toBe(plain);
  });
});
