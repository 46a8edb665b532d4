// Fails on a high or critical advisory in what the build uses (`npm audit --omit=dev`).
// Where the registry's audit service cannot be reached (this project's CI machines reach only a registry mirror
// without it), it says so in a block that cannot be missed, and a GitHub warning annotation, instead of passing
// quietly. With `--required` (the deploy workflow, which reaches the service) no answer fails as well.
import { execFileSync } from 'node:child_process';

const required = process.argv.includes('--required');
let report;
try {
  report = JSON.parse(
    execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
} catch (error) {
  try {
    report = JSON.parse(error.stdout || '{}');
  } catch {
    report = { message: String(error.stdout || error.message).split('\n')[0] };
  }
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.error?.summary || report.message || 'no answer';
  const lines = [
    'NOT AUDITED: the advisory service could not be reached, so no dependency was checked.',
    `npm said: ${why}`,
    required
      ? 'The deploy needs an audit: it stops here. Run it again when the registry answers.'
      : 'Run `npm run audit` where the registry is reachable (the deploy workflow does, and fails without it).',
  ];
  const rule = '='.repeat(Math.max(...lines.map((line) => line.length)));
  console.log([rule, ...lines, rule].join('\n'));
  if (process.env.GITHUB_ACTIONS) console.log(`::${required ? 'error' : 'warning'}::${lines[0]}`);
  process.exit(required ? 1 : 0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
for (const [name, { severity }] of Object.entries(report.vulnerabilities ?? {}))
  if (severity === 'high' || severity === 'critical')
    console.log(`  ${severity}: ${name} (npm audit --omit=dev says more)`);
process.exit(serious > 0 ? 1 : 0);
