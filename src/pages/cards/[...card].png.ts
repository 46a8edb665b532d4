import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir, publicDir } from 'astro:config/server';
import { dictionary } from '../../i18n';
import { getSite } from '../../lib/content';
import { cardOf } from '../../lib/model/queries';
import { cardPath, cardSite, positionCard, postCard, projectCard, siteCard, type Card } from '../../lib/sharecard';
import { cachedCard, cardProblem, drawAhead, logoDataUrl } from '../../lib/sharecard-render';
import { ContentError } from '../../lib/model/problems';

/** Cards drawn once are kept beside Astro's own cache, which survives between builds (and the deploy restores). */
const cache = fileURLToPath(new URL('cards/', cacheDir));

/** One share card per position, project and post, in each of their languages, and the site's own: `/cards/positions/<id>.png`, ... */
export const getStaticPaths = (async () => {
  const model = await getSite();
  const { site } = model;
  // The lab's logo (site.logo, a file in public/), on every card.
  const logo = await readFile(new URL(`.${site.logo}`, publicDir)).then(logoDataUrl);
  const cards: { path: string; card: Card }[] = [
    { path: cardPath('site'), card: siteCard(cardSite(model.chrome[model.contentLanguage].facts)) },
    // One card per version of a posting or project, in the language of its page.
    ...model.positions.map((position) => ({
      path: cardOf(model, position),
      card: positionCard(position, cardSite(model.chrome[position.pageLang].facts), dictionary(position.pageLang)),
    })),
    ...model.allProjects.map((project) => ({
      path: cardOf(model, project),
      card: projectCard(project, cardSite(model.chrome[project.lang].facts), dictionary(project.lang)),
    })),
    ...model.posts.map((post) => ({
      path: cardOf(model, post),
      card: postCard(post, cardSite(model.chrome[post.lang].facts), dictionary(post.lang)),
    })),
  ];
  // A character no card font has stops the build here, every such card named at once.
  const problems = cards.flatMap(({ card }) => cardProblem(card) ?? []);
  if (problems.length) throw new ContentError(problems);
  const withLogo = cards.map(({ path, card }) => ({ path, card: { ...card, logo } }));
  // In a build, every card starts rendering now, beside the pages (the dev server draws a card when it is asked for).
  if (import.meta.env.PROD)
    drawAhead(
      withLogo.map(({ card }) => card),
      cache,
    );
  return withLogo.map(({ path, card }) => ({
    params: { card: path.replace(/^\/cards\//, '').replace(/\.png$/, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await cachedCard(props.card, cache);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
