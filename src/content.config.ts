import { defineCollection } from 'astro:content';
import { bibtexFiles } from './loaders/bibtex';
import { markdownFiles } from './loaders/markdown';
import { courseSchema } from './schemas/courses';
import { eventSchema } from './schemas/events';
import { newsSchema } from './schemas/news';
import { PAGE_FILES, pageSchema } from './schemas/pages';
import { PERSON_FILES, personSchema } from './schemas/people';
import { POSITION_FILES, positionSchema } from './schemas/positions';
import { POST_FILES, postSchema } from './schemas/posts';
import { PROJECT_FILES, projectSchema } from './schemas/projects';
import { publicationSchema } from './schemas/publications';

// Each collection: where its files are read from (src/loaders/) and the schema its front matter must fit
// (src/schemas/, where every field is documented). What no schema can check alone (an id that names no
// entry, two files on one URL) is checked when the site model is assembled (src/lib/model/). The editor at /admin/
// is configured from this file too (src/pages/admin/config.yml.ts): its forms offer what these schemas accept.

const pages = defineCollection({ loader: markdownFiles('./src/content/pages', PAGE_FILES), schema: pageSchema });

const positions = defineCollection({
  loader: markdownFiles('./src/content/positions', POSITION_FILES),
  schema: positionSchema,
});

const projects = defineCollection({
  loader: markdownFiles('./src/content/projects', PROJECT_FILES),
  schema: projectSchema,
});

const people = defineCollection({ loader: markdownFiles('./src/content/people', PERSON_FILES), schema: personSchema });

const news = defineCollection({ loader: markdownFiles('./src/content/news'), schema: newsSchema });

const publications = defineCollection({
  loader: bibtexFiles('./src/content/publications'),
  schema: publicationSchema,
});

const events = defineCollection({ loader: markdownFiles('./src/content/events'), schema: eventSchema });

const posts = defineCollection({ loader: markdownFiles('./src/content/posts', POST_FILES), schema: postSchema });

const courses = defineCollection({ loader: markdownFiles('./src/content/courses'), schema: courseSchema });

export const collections = { pages, positions, projects, people, news, publications, events, posts, courses };
