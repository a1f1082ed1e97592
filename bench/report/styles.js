'use strict';
// The report's stylesheet, inlined into the page (the page must not load anything). Tables
// use tabular figures so columns of numbers line up; chart text classes are set by the SVG
// builders (tick, axis-title, legend-label, group-label, bar-value, ...).

module.exports = `
:root { color-scheme: light; }
body { font: 14px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1F2933; background: #fff; margin: 0; }
main { max-width: 1000px; margin: 0 auto; padding: 20px 20px 60px; }
h1 { font-size: 24px; margin: 0 0 6px; }
h2 { font-size: 19px; margin: 36px 0 6px; padding-top: 10px; border-top: 1px solid #D8DEE6; }
h2 small { font-size: 13px; font-weight: normal; color: #616E7C; margin-left: 8px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
p { margin: 6px 0; }
.machine span { display: inline-block; margin-right: 6px; padding: 1px 7px; background: #F0F4F8; border-radius: 3px; font-size: 12.5px; margin-bottom: 3px; }
.howto, .description, .no-stats { color: #52606D; font-size: 13px; }
nav { font-size: 13px; margin: 10px 0; }
nav a { margin-right: 10px; }
a { color: #0B69A3; text-decoration: none; }
a:hover { text-decoration: underline; }
table { border-collapse: collapse; margin: 10px 0; font-size: 13px; font-variant-numeric: tabular-nums; }
caption { white-space: nowrap; text-align: left; font-weight: bold; padding-bottom: 4px; font-size: 13px; }
th, td { padding: 3px 8px; border-bottom: 1px solid #E4E7EB; vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid #BCCCDC; font-weight: 600; vertical-align: bottom; }
tbody th { font-weight: normal; }
.num { text-align: right; }
table.summary thead th .engine-label { display: inline-block; max-width: 11em; text-align: left; }
table.summary td .ms { display: block; font-weight: 600; }
table.summary td .ratio { display: block; color: #52606D; font-size: 12px; }
table.summary td .spread { display: block; color: #7B8794; font-size: 11px; }
table.summary tr.kind-row th { background: #F0F4F8; font-weight: 600; text-transform: capitalize; }
table.summary tr.geomean-row th, table.summary tr.geomean-row td { border-top: 2px solid #BCCCDC; font-weight: 600; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: baseline; }
.status { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; }
.status-ok { background: #E3F9E5; color: #207227; }
.status-failed, .status-verify-failed, .status-timeout, .status-unknown, .status-no\\ time { background: #FFE3E3; color: #A61B1B; }
.status-missing { background: #F0F4F8; color: #7B8794; }
td.error code { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 11.5px; color: #A61B1B; }
.spread-col { color: #7B8794; }
.bad { color: #A61B1B; }
figure { margin: 12px 0; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
svg .tick { font-size: 11px; fill: #52606D; }
svg .axis-title { font-size: 12px; fill: #1F2933; }
svg .legend-label { font-size: 11.5px; fill: #1F2933; }
svg .group-label { font-size: 12px; fill: #1F2933; }
svg .bar-group.geomean .group-label { font-weight: bold; }
svg .bar-value { font-size: 10.5px; fill: #323F4B; }
svg .bar-missing-text { font-size: 10.5px; fill: #A61B1B; font-style: italic; }
svg .reference-label { font-size: 11px; fill: #1F2933; }
svg .marker-count { font-size: 10px; font-weight: bold; }
svg .empty-text { font-size: 13px; fill: #7B8794; }
svg .series polyline, svg .marker { pointer-events: visiblePainted; }
`;
