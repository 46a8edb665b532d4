/** A mistake in the content that the site cannot be built with: where it is and what is wrong. */
export interface Problem {
  /** The file as the editor finds it (`src/content/pages/about.md`), or the site config. */
  file?: string | undefined;
  /** The front-matter key (or config field) at fault. */
  field?: string | undefined;
  /** What was expected and what was found; may span lines. */
  message: string;
}

/** A problem as the editor reads it: `file: field: message`. */
export function formatProblem({ file, field, message }: Problem): string {
  return [file, field, message].filter(Boolean).join(': ');
}

/**
 * The error that stops a build over content mistakes: one line (or block) per problem, and no stack trace under
 * it, because the place in the site's code is of no use to an editor (Astro prints a stack only when there is one).
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(problems: readonly (Problem | string)[]) {
    super(problems.map((problem) => (typeof problem === 'string' ? problem : formatProblem(problem))).join('\n'));
    this.stack = '';
  }
}

/** A value an editor wrote, as a message shows it: quoted as JSON (a line break shows as \n), and shortened. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
