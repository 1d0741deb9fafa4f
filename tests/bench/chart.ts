/** One build in the chart: its size, time and peak memory. */
export interface ChartPoint {
  articles: number;
  seconds: number;
  peakMemory: number;
}

/** Another tool's builds, drawn as marks of their own beside ours. */
export interface ChartComparison {
  label: string;
  points: readonly ChartPoint[];
}

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { left: 56, right: 64, top: 28, bottom: 44 };

/**
 * A small SVG chart of a build's seconds (left axis) and peak memory in GB (right axis) against
 * its articles, for docs/benchmark.md and the README. Plain SVG, no script, no fonts to fetch.
 */
export function scaleChart(points: readonly ChartPoint[], comparison?: ChartComparison): string {
  const sorted = [...points].sort((a, b) => a.articles - b.articles);
  const all = [...sorted, ...(comparison?.points ?? [])];
  const maxArticles = Math.max(...all.map((p) => p.articles), 1);
  const maxSeconds = Math.max(...all.map((p) => p.seconds), 1) * 1.1;
  const maxGb = Math.max(...all.map((p) => p.peakMemory / 1e9), 0.1) * 1.1;
  const x = (articles: number) => PAD.left + (articles / maxArticles) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number, max: number) => HEIGHT - PAD.bottom - (value / max) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (value: (p: ChartPoint) => number, max: number) =>
    sorted.map((p) => `${x(p.articles).toFixed(1)},${y(value(p), max).toFixed(1)}`).join(' ');
  const dots = (value: (p: ChartPoint) => number, max: number, colour: string) =>
    sorted
      .map(
        (p) => `<circle cx="${x(p.articles).toFixed(1)}" cy="${y(value(p), max).toFixed(1)}" r="3" fill="${colour}"/>`,
      )
      .join('');
  // The other tool's builds: a square for seconds, a diamond for memory, in the lines' colours.
  const marks = (comparison?.points ?? [])
    .map((p) => {
      const cx = x(p.articles);
      const seconds = y(p.seconds, maxSeconds);
      const memory = y(p.peakMemory / 1e9, maxGb);
      return `<rect x="${(cx - 4).toFixed(1)}" y="${(seconds - 4).toFixed(1)}" width="8" height="8" fill="none" stroke="#0a52c4" stroke-width="2"/>
<path d="M${cx.toFixed(1)},${(memory - 5).toFixed(1)} l5,5 l-5,5 l-5,-5 z" fill="none" stroke="#b8520a" stroke-width="2"/>`;
    })
    .join('\n');
  const legend = comparison ? `<text x="${PAD.left + 320}" y="16">□ ◇ ${comparison.label}, same articles</text>` : '';
  const ticks = [0.25, 0.5, 0.75, 1];
  const gridY = ticks
    .map((t) => {
      const at = y(t * maxSeconds, maxSeconds).toFixed(1);
      return `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${at}" y2="${at}" stroke="#ddd"/>
<text x="${PAD.left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${(t * maxSeconds).toFixed(0)} s</text>
<text x="${WIDTH - PAD.right + 6}" y="${at}" dominant-baseline="middle">${(t * maxGb).toFixed(1)} GB</text>`;
    })
    .join('\n');
  const labels = sorted
    .filter((p) => p.articles >= maxArticles / 20)
    .map(
      (p) =>
        `<text x="${x(p.articles).toFixed(1)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${p.articles.toLocaleString('en')}</text>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="title">
<title id="title">Build time and peak memory against articles</title>
<rect width="100%" height="100%" fill="#fff"/>
${gridY}
<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom}" stroke="#333"/>
${labels}
<text x="${(WIDTH - PAD.right + PAD.left) / 2}" y="${HEIGHT - 8}" text-anchor="middle">articles</text>
<polyline points="${line((p) => p.seconds, maxSeconds)}" fill="none" stroke="#0a52c4" stroke-width="2"/>
${dots((p) => p.seconds, maxSeconds, '#0a52c4')}
<polyline points="${line((p) => p.peakMemory / 1e9, maxGb)}" fill="none" stroke="#b8520a" stroke-width="2" stroke-dasharray="6 4"/>
${dots((p) => p.peakMemory / 1e9, maxGb, '#b8520a')}
<text x="${PAD.left}" y="16" fill="#0a52c4">— seconds (left)</text>
<text x="${PAD.left + 150}" y="16" fill="#b8520a">- - peak memory (right)</text>
${marks}
${legend}
</svg>
`;
}
