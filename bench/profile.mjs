// Reads a V8 CPU profile (node --cpu-prof) of a build: where the time went, by function, and which of the site's own
// functions (src/, or their bundled chunks in dist/.prerender) hold the most time with what they call.
import { readFile } from 'node:fs/promises';

/** A short place for a profile node: `findPerson src/lib/people.ts:149`, package paths from the package on. */
function place(frame, projectDir) {
  const url = frame.url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(`${projectDir}/`, '');
  return `${frame.functionName || '(anonymous)'} ${url}${url ? `:${frame.lineNumber + 1}` : ''}`.trim();
}

/** Astro's own runtime, bundled next to the site's code. */
const ASTRO_CHUNK = /\/dist\/\.prerender\/(prerender-entry|chunks\/(jsx-runtime|server|astro|entrypoints)[_.-])/;

/** The site's code: its sources, or the chunks Astro bundled them into for prerendering. */
const isSiteCode = (frame, projectDir) =>
  frame.url.includes(`${projectDir}/src/`) ||
  (frame.url.includes(`${projectDir}/dist/.prerender/`) && !ASTRO_CHUNK.test(frame.url));

/**
 * The profile's total, the `top` functions by self time, and the `top` functions of the site's code by inclusive
 * time (a function's time with everything it calls), as text.
 */
export async function summarizeProfile(file, projectDir, top = 20) {
  const profile = JSON.parse(await readFile(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    totalUs += delta;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const self = new Map();
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    const key = place(nodes.get(id).callFrame, projectDir);
    self.set(key, (self.get(key) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at).callFrame;
      if (!isSiteCode(frame, projectDir)) continue;
      const name = place(frame, projectDir);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const list = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `  ${String(Math.round(us / 1000)).padStart(7)} ms  ${name}`)
      .join('\n');
  return [
    `${Math.round(totalUs / 1000).toLocaleString('en-GB')} ms profiled`,
    `Self time (the function itself):\n${list(self)}`,
    `The site's code, inclusive (with what it calls):\n${list(inclusive)}`,
  ].join('\n\n');
}
