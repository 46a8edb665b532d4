// Fails on a high or critical advisory in the production dependencies (`npm audit --omit=dev`).
// Where the registry's audit service cannot be reached (this project's CI machines reach only a
// registry mirror without it), it says so plainly instead of failing or passing silently.
import { execFileSync } from 'node:child_process';

let report;
try {
  report = JSON.parse(
    execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
} catch (error) {
  report = JSON.parse(error.stdout || '{}');
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.log(
    `npm audit: the advisory service could not be reached (${report.message ?? 'no answer'}); no audit was made.`,
  );
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
process.exit(serious > 0 ? 1 : 0);
