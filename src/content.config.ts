import { defineCollection } from 'astro:content';
import { bibtexFiles } from './loaders/bibtex';
import { markdownFiles } from './loaders/markdown';
import { newsSchema } from './schemas/news';
import { pageSchema } from './schemas/pages';
import { personSchema } from './schemas/people';
import { POSITION_OWN_FIELDS, positionSchema } from './schemas/positions';
import { PROJECT_OWN_FIELDS, projectSchema } from './schemas/projects';
import { publicationSchema } from './schemas/publications';

// Each collection: where its files are read from (src/loaders/) and the schema its front matter must fit
// (src/schemas/, where every field is documented). What no schema can check alone (an id that names no
// entry, two files on one URL) is checked when the site model is assembled (src/lib/model/).

const pages = defineCollection({ loader: markdownFiles('./src/content/pages'), schema: pageSchema });

const positions = defineCollection({
  // A translation (positions/de/<id>.md) sets its own title, note and text; the facts come from the original.
  loader: markdownFiles('./src/content/positions', { translations: { own: POSITION_OWN_FIELDS } }),
  schema: positionSchema,
});

const projects = defineCollection({
  // A translation (projects/de/<id>.md) sets its own title, summary, keywords and text; the rest comes from the original.
  loader: markdownFiles('./src/content/projects', { images: ['image'], translations: { own: PROJECT_OWN_FIELDS } }),
  schema: projectSchema,
});

const people = defineCollection({
  loader: markdownFiles('./src/content/people', { images: ['photo'] }),
  schema: personSchema,
});

const news = defineCollection({ loader: markdownFiles('./src/content/news'), schema: newsSchema });

const publications = defineCollection({
  loader: bibtexFiles('./src/content/publications'),
  schema: publicationSchema,
});

export const collections = { pages, positions, projects, people, news, publications };
