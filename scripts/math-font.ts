// node scripts/math-font.ts: cuts Noto Sans Math (from @fontsource/noto-sans-math) into the faces that formulas load
// (src/styles/fonts/) and writes their @font-face rules (src/styles/math-font.css). Run it after updating that package
// or changing the faces in scripts/lib/math-font.ts; test/lib/math-font.test.ts says when it is due.
import { readFile, writeFile } from 'node:fs/promises';
import { fontFaces, subsetFaces } from './lib/math-font.ts';

const font = await readFile('node_modules/@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2');
for (const { name, bytes } of await subsetFaces(font)) {
  await writeFile(`src/styles/fonts/noto-sans-math-${name}.woff2`, bytes);
  console.log(`src/styles/fonts/noto-sans-math-${name}.woff2: ${Math.round(bytes.length / 1024)} KB`);
}
await writeFile('src/styles/math-font.css', fontFaces());
console.log('src/styles/math-font.css');
