// The budgets, and the results as a console table and as the section of bench/README.md that holds the latest run.

/** The budgets, as bench/README.md states them. */
export const BUDGETS = {
  /** At 1,000 entries, from cold, the site builds in at most this multiple of the bare baseline's wall time. */
  ratioAt1000: 2.0,
  /** At 1,000 entries, with the share cards cached (as the deploy restores them), at most this multiple. */
  warmRatioAt1000: 1.5,
  /** At 5,000 entries the build's peak memory (resident, whole process tree) stays below this many MiB (1.5 GiB). */
  peakMiBAt5000: 1536,
  /**
   * Growth no worse than linear: each page added from 1,000 to 5,000 entries costs at most this multiple of what each
   * page added from 100 to 1,000 cost (the marginal cost; 1.25 for noise, see README).
   */
  growthTolerance: 1.25,
  /** A saved change to a position is in the dev server's HTML within this many ms (median of the edits). */
  devEditMs: 500,
  /** Quick mode (CI): at 100 entries the site builds in at most this multiple of the bare baseline. */
  quickRatio: 2.5,
};

/** `1,234` or `1.23`; a dash for what was not measured. */
export const fmt = (value, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '—';

/**
 * Each budget the run measured: `pass` true or false, `gating` false for what only informs (the dev loop in
 * quick mode). Quick mode checks only its CI gate.
 */
export function checkBudgets(rows, dev, { quick }) {
  const at = (size) => rows.find((row) => row.entries === size);
  const budgets = [];
  if (quick) {
    const row = at(100) ?? rows[0];
    budgets.push({
      name: `${fmt(row.entries)} entries: wall time ≤ ${BUDGETS.quickRatio}× bare (CI gate)`,
      value: `${fmt(row.ratio, 2)}×`,
      pass: row.ratio <= BUDGETS.quickRatio,
    });
  }
  if (!quick && at(1000)) {
    budgets.push({
      name: `1,000 entries, cold: wall time ≤ ${BUDGETS.ratioAt1000}× bare`,
      value: `${fmt(at(1000).ratio, 2)}×`,
      pass: at(1000).ratio <= BUDGETS.ratioAt1000,
    });
  }
  if (!quick && at(1000)?.warm) {
    budgets.push({
      name: `1,000 entries, cards cached: wall time ≤ ${BUDGETS.warmRatioAt1000}× bare`,
      value: `${fmt(at(1000).warm.ratio, 2)}×`,
      pass: at(1000).warm.ratio <= BUDGETS.warmRatioAt1000,
    });
  }
  if (!quick && at(5000)) {
    budgets.push({
      name: `5,000 entries: peak memory < ${fmt(BUDGETS.peakMiBAt5000)} MiB`,
      value: `${fmt(at(5000).site.peakMiB)} MiB`,
      pass: at(5000).site.peakMiB < BUDGETS.peakMiBAt5000,
    });
  }
  if (!quick && at(100) && at(1000) && at(5000)) {
    // Milliseconds of wall time per page added between two sizes: constant for a build that grows linearly,
    // rising for one with a part that grows faster.
    const marginal = (kind, from, to) =>
      (at(to)[kind].wallMs - at(from)[kind].wallMs) / (at(to)[kind].pages - at(from)[kind].pages);
    const growth = (kind) => marginal(kind, 1000, 5000) / marginal(kind, 100, 1000);
    budgets.push({
      name: `1,000 → 5,000 entries: no worse than linear (a page added costs ≤ ${BUDGETS.growthTolerance}× what it did from 100 to 1,000)`,
      value:
        `${fmt(growth('site'), 2)}× (${fmt(marginal('site', 100, 1000), 1)} → ${fmt(marginal('site', 1000, 5000), 1)} ` +
        `ms per added page; bare ${fmt(growth('bare'), 2)}×)`,
      pass: growth('site') <= BUDGETS.growthTolerance,
    });
  }
  if (dev) {
    budgets.push({
      name: `dev: an edit is served within ${BUDGETS.devEditMs} ms${quick ? ' (informs, not gating)' : ''}`,
      value: `${fmt(dev.site.editMedianMs)} ms (bare Astro: ${fmt(dev.bare.editMedianMs)} ms)`,
      pass: dev.site.editMedianMs <= BUDGETS.devEditMs,
      gating: !quick,
    });
  }
  return budgets;
}

const HEADER = ['entries', 'build', 'pages', 'wall s', 'ms/page', 'cpu s', 'peak MiB', 'sync s', 'render s'];

/**
 * One line per build of each size (site, bare, site with its cards cached, site with the deploy's cache); a site's line
 * has its ratio.
 */
function tableRows(rows) {
  return rows.flatMap((row) =>
    [
      [row.site, `site (${fmt(row.ratio, 2)}× bare)`],
      [row.bare, 'bare'],
      ...(row.warm ? [[row.warm.site, `site, cards cached (${fmt(row.warm.ratio, 2)}× bare)`]] : []),
      ...(row.restored ? [[row.restored.site, `site, deploy cache (${fmt(row.restored.ratio, 2)}× bare)`]] : []),
    ].map(([r, label], i) => [
      i === 0 ? fmt(row.entries) : '',
      label,
      fmt(r.pages),
      fmt(r.wallMs / 1000, 1),
      fmt(r.msPerPage, 1),
      fmt(r.cpuS, 1),
      fmt(r.peakMiB),
      fmt(r.syncS, 1),
      fmt(r.renderS, 1),
    ]),
  );
}

const editTimes = (ms) => ms.map((value) => (value === null ? 'timeout' : fmt(value))).join(', ');

/** The console report: the table, the dev loop, the budgets and the machine. */
export function consoleReport({ rows, dev, budgets, machine, totalS }) {
  const lines = [HEADER, ...tableRows(rows)];
  const widths = HEADER.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  const pad = (line) => line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const out = ['', pad(HEADER), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.slice(1).map(pad)];
  if (dev) {
    out.push('', `Dev loop at ${fmt(dev.entries)} entries: first page after start; a saved edit until it is served`);
    for (const kind of ['site', 'bare']) {
      const d = dev[kind];
      out.push(
        `  ${kind}  first page ${fmt(d.firstPageMs)} ms; edit ${fmt(d.editMedianMs)} ms median (${editTimes(d.editMs)})`,
      );
    }
  }
  out.push('', budgets.length ? 'Budgets' : 'Budgets: none apply to these sizes (they need 1,000 and 5,000 entries)');
  for (const budget of budgets) out.push(`  ${budget.pass ? 'pass' : 'MISS'}  ${budget.name}: ${budget.value}`);
  out.push(
    '',
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, Node ${machine.node}, Astro ${machine.astro}; ` +
      `load average ${machine.loadAverageAtStart} at the start; ${fmt(totalS)} s in all`,
  );
  return out.join('\n');
}

/** The section of bench/README.md with the latest full run. */
export function markdownReport({ rows, dev, budgets, machine }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const out = [
    `Run on ${machine.date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ` +
      `Node ${machine.node}, Astro ${machine.astro}; load average ${machine.loadAverageAtStart} when the run started.`,
    '',
    row(HEADER),
    row(HEADER.map((_, i) => (i < 2 ? '---' : '---:'))),
    ...tableRows(rows).map(row),
  ];
  if (dev) {
    out.push(
      '',
      row([`dev loop, ${fmt(dev.entries)} entries`, 'first page ms', 'edit served ms (median)', 'each edit ms']),
      row(['---', '---:', '---:', '---']),
      ...['site', 'bare'].map((kind) =>
        row([kind, fmt(dev[kind].firstPageMs), fmt(dev[kind].editMedianMs), editTimes(dev[kind].editMs)]),
      ),
    );
  }
  out.push('', ...budgets.map((budget) => `- **${budget.pass ? 'pass' : 'MISS'}** ${budget.name}: ${budget.value}`));
  return out.join('\n');
}
