import { useTranslation } from 'react-i18next';

/** A small accessible SVG bar chart: the bars are for the eye, the table beneath is for everyone. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

export function BarChart({ title, bars, format }: { title: string; bars: readonly Bar[]; format?: (v: number) => string }) {
  const { t, i18n } = useTranslation();
  const show = format ?? ((v: number) => new Intl.NumberFormat(i18n.language).format(v));
  if (bars.length === 0) {
    return (
      <figure className="chart">
        <figcaption>{title}</figcaption>
        <p className="muted">{t('common.nothingYet')}</p>
      </figure>
    );
  }
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 360;
  const rowHeight = 22;
  // Room for the longest label (about 6.5 px a character at the chart's size), within reason;
  // a longer one is cut with an ellipsis, and the table beneath has it whole.
  const longest = Math.max(...bars.map((b) => b.label.length));
  const labelWidth = Math.min(170, Math.max(90, Math.ceil(longest * 6.5) + 8));
  const maxChars = Math.floor((labelWidth - 8) / 6.5);
  const shown = (label: string) => (label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg width={width} height={bars.length * rowHeight + 4} role="img" aria-label={title}>
        {bars.map((b, i) => {
          const w = ((width - labelWidth - 50) * b.value) / max;
          return (
            <g key={b.label} transform={`translate(0, ${i * rowHeight + 2})`}>
              <text x={labelWidth - 6} y={14} textAnchor="end" className="chart-label">
                {shown(b.label)}
                {shown(b.label) !== b.label && <title>{b.label}</title>}
              </text>
              <rect x={labelWidth} y={3} width={Math.max(w, b.value > 0 ? 2 : 0)} height={rowHeight - 8} className="chart-bar" />
              <text x={labelWidth + w + 6} y={14} className="chart-value">
                {show(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{show(b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
