// Inline SVG horizontal bar charts for the html report: no scripts, no external assets.
import { markupSafe, visibleKeepingBreaks } from './escape.js';

export interface BarSegment {
  value: number;
  /** CSS class for the segment's fill (e.g. "error", "warning"). */
  kind: string;
}

export interface Bar {
  label: string;
  segments: BarSegment[];
  /** Text shown after the bar (defaults to the total). */
  note?: string;
  /** Extra data attributes for the bar's <g>, e.g. { rule: "non-apology" }. */
  data?: Record<string, string | number>;
}

export interface BarChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** CSS class of the <svg>, for tests and styling. */
  className: string;
  /** The value a full-width bar stands for (defaults to the largest total). */
  max?: number;
}

const LABEL_W = 180;
const BAR_W = 250;
const NOTE_W = 180;
const ROW_H = 26;
const BAR_H = 16;
const MAX_LABEL = 28;

export function escapeHtml(s: string): string {
  return markupSafe(visibleKeepingBreaks(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
}

function dataAttrs(data: Record<string, string | number> | undefined): string {
  if (!data) return '';
  return Object.entries(data).map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/gi, '')}="${escapeHtml(String(v))}"`).join('');
}

export function barChart(bars: Bar[], opts: BarChartOptions): string {
  const totals = bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0));
  const max = Math.max(opts.max ?? 0, ...totals, 1);
  const width = LABEL_W + BAR_W + NOTE_W;
  const height = Math.max(1, bars.length) * ROW_H + 4;
  const rows = bars.map((bar, i) => {
    const y = i * ROW_H + 4;
    const label = bar.label.length > MAX_LABEL ? bar.label.slice(0, MAX_LABEL - 1) + '…' : bar.label;
    let x = LABEL_W;
    const rects = bar.segments.filter((s) => s.value > 0).map((s) => {
      const w = Math.max(2, (s.value / max) * BAR_W);
      const rect = `<rect class="seg ${escapeHtml(s.kind)}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" rx="3"><title>${escapeHtml(`${bar.label}: ${s.value} ${s.kind}`)}</title></rect>`;
      x += w;
      return rect;
    });
    const note = bar.note ?? String(totals[i]);
    return `<g class="bar"${dataAttrs({ ...bar.data, count: totals[i]! })}>` +
      `<text class="label" x="${LABEL_W - 8}" y="${y + BAR_H - 3}" text-anchor="end"><title>${escapeHtml(bar.label)}</title>${escapeHtml(label)}</text>` +
      `<rect class="track" x="${LABEL_W}" y="${y}" width="${BAR_W}" height="${BAR_H}" rx="3"/>` +
      rects.join('') +
      `<text class="note" x="${x + 6}" y="${y + BAR_H - 3}">${escapeHtml(note)}</text></g>`;
  });
  return `<svg class="chart ${escapeHtml(opts.className)}" role="img" aria-label="${escapeHtml(opts.title)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet"><title>${escapeHtml(opts.title)}</title>${rows.join('')}</svg>`;
}
