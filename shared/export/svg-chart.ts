import { escapeAttribute, escapeText } from '../xml/escape';

export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
}

/**
 * A labelled vertical bar chart as inline SVG: no script, no fonts to load, prints as drawn.
 *
 * Each bar carries a `<title>` with its exact value for screen readers and hover.
 */
export function barChartSvg(chart: { readonly title: string; readonly bars: readonly ChartBar[] }): string {
  const width = 640;
  const height = 220;
  const top = 40;
  const bottom = 40;
  const left = 36;
  const plot = height - top - bottom;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const slot = (width - left - 8) / Math.max(1, chart.bars.length);
  const bars = chart.bars.map((b, i) => {
    const h = Math.round((b.value / max) * plot);
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    const y = top + plot - h;
    return (
      `<g><title>${escapeText(`${b.label}: ${b.value}`)}</title>` +
      `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="${escapeAttribute(b.colour)}"/>` +
      `<text x="${(x + w / 2).toFixed(1)}" y="${y - 4}" text-anchor="middle" font-size="11">${b.value}</text>` +
      `<text x="${(x + w / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="10">${escapeText(b.label)}</text></g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeAttribute(chart.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">` +
    `<text x="${left}" y="16" font-size="13" font-weight="600">${escapeText(chart.title)}</text>` +
    `<line x1="${left}" y1="${top + plot}" x2="${width - 8}" y2="${top + plot}" stroke="#8a94a3"/>` +
    bars.join('') +
    '</svg>'
  );
}
