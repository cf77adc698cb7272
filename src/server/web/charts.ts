/**
 * Charts drawn as inline SVG on the server: no chart library, no script, nothing fetched from a CDN.
 * Labels are escaped like any other text.
 */
import { html, type Html } from "./html.js";

export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

const ROW = 24;
const LABEL_WIDTH = 215;
const WIDTH = 520;

/** Horizontal bars with their label and value; `title` is read by screen readers. */
export function barChart(title: string, data: readonly BarDatum[]): Html {
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const barSpace = WIDTH - LABEL_WIDTH - 40;
  const height = data.length * ROW + 8;
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${title}">
    <title>${title}</title>
    ${data.map((datum, index) => {
      const y = index * ROW + 4;
      const width = Math.max(datum.value > 0 ? 2 : 0, (datum.value / max) * barSpace);
      return html`<g><text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${shorten(datum.label, 28)}</text>
        <rect class="bar" x="${LABEL_WIDTH}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 8}" rx="3"></rect>
        <text x="${(LABEL_WIDTH + width + 5).toFixed(1)}" y="${y + 15}">${datum.value}</text></g>`;
    })}
  </svg>`;
}

/** Vertical columns over time (weeks), with a baseline axis. */
export function columnChart(title: string, data: readonly BarDatum[]): Html {
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const height = 200;
  const plot = height - 40;
  const step = WIDTH / Math.max(1, data.length);
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${title}">
    <title>${title}</title>
    <line class="axis" x1="0" y1="${plot + 10}" x2="${WIDTH}" y2="${plot + 10}"></line>
    ${data.map((datum, index) => {
      const barHeight = (datum.value / max) * (plot - 14);
      const x = index * step + step * 0.18;
      return html`<g><rect class="bar alt" x="${x.toFixed(1)}" y="${(plot + 10 - barHeight).toFixed(1)}" width="${(step * 0.64).toFixed(1)}" height="${barHeight.toFixed(1)}" rx="2"></rect>
        <text x="${(x + step * 0.32).toFixed(1)}" y="${(plot + 6 - barHeight).toFixed(1)}" text-anchor="middle">${datum.value || ""}</text>
        <text x="${(x + step * 0.32).toFixed(1)}" y="${height - 12}" text-anchor="middle">${datum.label}</text></g>`;
    })}
  </svg>`;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
