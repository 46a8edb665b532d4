import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicDir } from 'astro:config/server';
import { contentLanguage, dictionary, getOriginalPositions, getProjects } from '../../lib/content';
import { cardPath, logoDataUrl, positionCard, projectCard, renderCard, siteCard, type Card } from '../../lib/sharecard';
import { site } from '../../site.config';

/** One share card per posting and project (translations share the original's), and the site's own: `/cards/positions/<id>.png`, ... */
export const getStaticPaths = (async () => {
  const cards: { path: string; card: Card }[] = [
    { path: cardPath('site'), card: siteCard(site) },
    // One card per posting, in the language of its page; translations share it.
    ...(await getOriginalPositions()).map((position) => ({
      path: cardPath('position', position.id),
      card: positionCard(position, site, dictionary(position.pageLang)),
    })),
    ...(await getProjects()).map((project) => ({
      path: cardPath('project', project.id),
      card: projectCard(project, site, dictionary(contentLanguage)),
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
