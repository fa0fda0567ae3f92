// The html report's stylesheet, inlined into the page (the report loads nothing from anywhere).
export const REPORT_CSS = `
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --ok: #2e7d32; --missing: #8e24aa;
  --ink: #1d232b; --muted: #5f6b7a; --line: #dde3ea; --bg: #f6f8fa; --card: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 20px 28px 8px; background: var(--card); border-bottom: 1px solid var(--line); }
h1 { margin: 0; font-size: 22px; }
h2 { font-size: 16px; margin: 0 0 10px; }
h3 { font-size: 14px; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.meta { color: var(--muted); margin: 2px 0 12px; font-size: 12px; }
main { padding: 16px 28px 40px; max-width: 1200px; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 12px; }
.tile { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 110px; }
.tile b { display: block; font-size: 20px; }
.tile span { color: var(--muted); font-size: 12px; }
.tile.error b { color: var(--error); } .tile.warning b { color: var(--warning); } .tile.ok b { color: var(--ok); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; margin-bottom: 20px; }
.panel, .reply { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.chart { display: block; max-width: 640px; }
.chart text { font-size: 12px; fill: var(--ink); }
.chart .note { fill: var(--muted); }
.chart .track { fill: #eef1f4; }
.seg.error, .legend i.error { fill: var(--error); background: var(--error); }
.seg.warning, .legend i.warning { fill: var(--warning); background: var(--warning); }
.seg.info, .legend i.info { fill: var(--info); background: var(--info); }
.seg.missing { fill: var(--missing); }
.legend { color: var(--muted); font-size: 12px; margin: 6px 0 0; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; vertical-align: -1px; }
.empty { color: var(--muted); }
#replies .reply { margin-bottom: 14px; }
.rank { color: var(--muted); font-weight: normal; }
.where { color: var(--ink); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-decoration: none; }
.title { color: var(--muted); font-weight: normal; }
.badge { font-size: 11px; font-weight: 600; border-radius: 10px; padding: 1px 8px; color: #fff; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.checklist { margin: 0 0 8px; }
.chip { display: inline-block; font-size: 12px; border-radius: 10px; padding: 0 8px; margin: 0 2px 2px 0; border: 1px solid; }
.chip.ok { color: var(--ok); border-color: #b7dfb9; background: #f1f8f1; }
.chip.missing { color: var(--missing); border-color: #dcb8e3; background: #fbf3fc; font-weight: 600; }
pre.context { white-space: pre-wrap; word-break: break-word; background: #fbfcfd; border: 1px solid var(--line); border-radius: 6px;
  padding: 10px 12px; margin: 0 0 8px; font: 13px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.error { background: #fde0e0; box-shadow: inset 0 -2px 0 var(--error); }
mark.warning { background: #fff1d6; box-shadow: inset 0 -2px 0 var(--warning); }
mark.info { background: #e3effd; box-shadow: inset 0 -2px 0 var(--info); }
mark.insert { background: none; box-shadow: none; }
mark sup { font-size: 10px; font-weight: 700; margin-left: 1px; }
mark.error sup { color: var(--error); } mark.warning sup { color: var(--warning); } mark.info sup { color: var(--info); }
.gap { color: var(--muted); }
.customer { margin: 0 0 8px; }
.customer .label { margin: 0 0 2px; font-size: 12px; color: var(--muted); }
.customer blockquote { margin: 0; padding: 8px 12px; border-left: 3px solid var(--info); background: #f3f7fc; border-radius: 0 6px 6px 0;
  white-space: pre-wrap; word-break: break-word; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { padding: 6px 0; border-top: 1px dashed var(--line); }
.finding .n { display: inline-block; min-width: 18px; font-weight: 700; color: var(--muted); }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.rule { font-size: 12px; color: var(--muted); }
.pos { font-size: 12px; color: var(--muted); }
.suggestion { color: var(--ok); margin: 2px 0 0 22px; }
.fix { margin: 2px 0 0 22px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.fix del { background: #fde0e0; } .fix ins { background: #dff3e0; text-decoration: none; }
@media print { body { background: #fff; } .panel, .reply { break-inside: avoid; } }
`;
