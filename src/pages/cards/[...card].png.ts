import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir, publicDir } from 'astro:config/server';
import { dictionary } from '../../i18n';
import { getSite } from '../../lib/content';
import { cardOf } from '../../lib/model/queries';
import { cardPath, positionCard, projectCard, siteCard, type Card } from '../../lib/sharecard';
import { cachedCard, logoDataUrl } from '../../lib/sharecard-render';

/** One share card per position and project, in each of their languages, and the site's own: `/cards/positions/<id>.png`, ... */
export const getStaticPaths = (async () => {
  const model = await getSite();
  const { site } = model;
  const cards: { path: string; card: Card }[] = [
    { path: cardPath('site'), card: siteCard(site) },
    // One card per version of a posting or project, in the language of its page.
    ...model.positions.map((position) => ({
      path: cardOf(model, position),
      card: positionCard(position, site, dictionary(position.pageLang)),
    })),
    ...model.allProjects.map((project) => ({
      path: cardOf(model, project),
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
/** Cards drawn once are kept beside Astro's own cache, which survives between builds (and the deploy restores). */
const cache = fileURLToPath(new URL('cards/', cacheDir));

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const { site } = await getSite();
  logo ??= readFile(new URL(`.${site.logo}`, publicDir)).then(logoDataUrl);
  const png = await cachedCard({ ...props.card, logo: await logo }, cache);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
