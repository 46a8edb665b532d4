import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicDir } from 'astro:config/server';
import { cardOf, dictionary, getAllProjects, getPositions } from '../../lib/content';
import { cardPath, logoDataUrl, positionCard, projectCard, renderCard, siteCard, type Card } from '../../lib/sharecard';
import { site } from '../../site.config';

/** One share card per position and project, in each of their languages, and the site's own: `/cards/positions/<id>.png`, ... */
export const getStaticPaths = (async () => {
  const cards: { path: string; card: Card }[] = [
    { path: cardPath('site'), card: siteCard(site) },
    // One card per version of a posting or project, in the language of its page.
    ...(await getPositions()).map((position) => ({
      path: cardOf(position),
      card: positionCard(position, site, dictionary(position.pageLang)),
    })),
    ...(await getAllProjects()).map((project) => ({
      path: cardOf(project),
      card: projectCard(project, site, dictionary(project.lang)),
    })),
  ];
  return cards.map(({ path, card }) => ({
    params: { card: path.replace(/^\/cards\//, '').replace(/\.png$/, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

/** The lab's logo (site.logo, a file in public/), read once for all cards. */
let logo: Promise<string> | undefined;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  logo ??= readFile(new URL(`.${site.logo}`, publicDir)).then(logoDataUrl);
  const png = await renderCard({ ...props.card, logo: await logo });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
