/** The review page's style sheet (inlined: the page loads nothing). Screen and print. */
export const REVIEW_CSS = `
:root{--ink:#0f172a;--muted:#64748b;--line:#e2e8f0;--soft:#f8fafc;--accent:#1d4ed8;--accent-soft:#dbeafe;--warn:#b45309;--warn-soft:#fef3c7;--bad:#b91c1c;--bad-soft:#fee2e2;--good:#15803d;--good-soft:#dcfce7;--code:#f1f5f9}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1120px;padding:28px 32px 48px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
code,pre,.sha,.code,.path,.opidx,.rid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
h1{font-size:26px;margin:4px 0 6px;letter-spacing:-.01em}
h2{font-size:19px;margin:34px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--ink)}
h3{font-size:15px;margin:0}
a{color:var(--accent);text-decoration:none}
.top{border-bottom:1px solid var(--line);padding-bottom:16px}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:11px;font-weight:600;color:var(--muted)}
.dialect{display:inline-block;vertical-align:middle;font-size:12px;font-weight:600;padding:3px 10px;border-radius:999px;background:var(--accent-soft);color:var(--accent);margin-left:8px}
.sub{color:var(--muted)}
.sub b{color:var(--ink);font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:18px 0 8px}
.card{border:1px solid var(--line);border-radius:10px;padding:12px 14px;background:var(--soft);border-top:4px solid var(--muted)}
.card.good{border-top-color:var(--good)}.card.warn{border-top-color:var(--warn)}.card.bad{border-top-color:var(--bad)}.card.neutral{border-top-color:var(--accent)}
.clabel{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600}
.cvalue{font-size:22px;font-weight:700;margin-top:2px}.cvalue small{font-size:13px;font-weight:500;color:var(--muted)}
.cnote{font-size:12px;color:var(--muted)}
.toc{display:flex;flex-wrap:wrap;gap:6px;margin:14px 0 0}
.toc a{font-size:12px;padding:4px 10px;border:1px solid var(--line);border-radius:999px;color:var(--ink)}
.note{color:var(--muted);font-size:13px}
.graphbox{border:1px solid var(--line);border-radius:10px;padding:10px 6px;overflow-x:auto;background:#fff}
svg.graph{display:block;max-width:100%;height:auto}
svg.graph .band{fill:var(--soft)}
svg.graph .edge{fill:none;stroke:#cbd5e1;stroke-width:2}
svg.graph .edge.hot{stroke:var(--accent);stroke-width:2.5}
svg.graph .edge.dep{stroke:#7c3aed;stroke-width:1.5;stroke-dasharray:4 3;opacity:.8}
svg.graph circle{stroke-width:2}
svg.graph .in-range circle{fill:var(--accent);stroke:var(--accent)}
svg.graph .start circle{fill:#fff;stroke:var(--accent);stroke-width:3}
svg.graph .outside circle{fill:#fff;stroke:#94a3b8}
svg.graph text{font-size:13px;fill:var(--ink)}
svg.graph .rid{font-weight:700}
svg.graph .outside text,svg.graph .outside .rid{fill:#64748b;font-weight:500}
svg.graph .tags{fill:var(--good);font-size:12px}
svg.graph .marks{fill:var(--accent);font-size:12px;font-weight:700}
svg.graph .rmsg{fill:#475569}
.legend{display:flex;gap:18px;font-size:12px;color:var(--muted);margin-top:8px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.lg-in{fill:var(--accent);stroke:var(--accent);stroke-width:2}.lg-start{fill:#fff;stroke:var(--accent);stroke-width:3}.lg-out{fill:#fff;stroke:#94a3b8;stroke-width:2}
table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:1px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}
table.findings tr.waived td{color:var(--muted)}
.code{display:inline-block;font-size:12px;font-weight:700;padding:1px 7px;border-radius:5px;background:var(--warn-soft);color:var(--warn)}
tr.waived .code,.finding.waived .code{background:#e2e8f0;color:#475569}
.rev{border:1px solid var(--line);border-radius:12px;margin:16px 0;overflow:hidden;break-inside:auto}
.rev>header{display:flex;gap:14px;align-items:flex-start;padding:12px 16px;background:var(--soft);border-bottom:1px solid var(--line)}
.step{flex:none;font-weight:700;font-size:12px;color:#fff;background:var(--accent);border-radius:8px;padding:4px 8px;margin-top:2px}
.rtitle h3 code{color:var(--accent)}
.rmeta,.rsrc{font-size:12px;color:var(--muted);margin-top:3px}
.rmeta span{margin-right:10px}
.chip{display:inline-block;font-size:11px;font-weight:600;padding:1px 8px;border-radius:999px;margin-right:4px}
.chip.label{background:var(--good-soft);color:var(--good)}.chip.ms{background:var(--accent-soft);color:var(--accent)}.chip.irrev{background:var(--bad-soft);color:var(--bad)}
.long{margin:10px 16px;white-space:pre-wrap}
.none{margin:10px 16px;color:var(--muted);font-style:italic}
.op{margin:12px 16px;border-left:3px solid var(--line);padding-left:12px;break-inside:avoid}
.op.flagged{border-left-color:var(--warn)}
.op.version{border-left-style:dashed}
.ophead{font-size:13px;font-weight:600;margin-bottom:4px}
.opidx{color:var(--muted);font-weight:500;margin-right:4px}
.finding{margin:6px 0 8px;padding:8px 10px;border-radius:8px;background:var(--warn-soft);border:1px solid #fcd34d;font-size:13px}
.finding.waived{background:var(--soft);border-color:var(--line);color:#475569}
.rev>.finding{margin:12px 16px}
.finding .sev{font-size:11px;text-transform:uppercase;letter-spacing:.05em;font-weight:700;color:var(--warn);margin:0 6px}
.finding.waived .sev{color:var(--muted)}
.fix{font-size:12px;color:#475569;margin-top:3px}
pre.sql{margin:0;padding:10px 12px;background:var(--code);border-radius:8px;font-size:12px;line-height:1.45;white-space:pre-wrap;word-break:break-word;color:#1e293b}
pre.script{max-height:none}
.sql .k{color:#1d4ed8;font-weight:600}.sql .s{color:#047857}.sql .i{color:#7c2d12}.sql .c{color:#64748b;font-style:italic}.sql .n{color:#9333ea}.sql .d{color:#be185d}.sql .p{color:#be185d;font-weight:600}
.verif{border:1px solid var(--line);border-radius:10px;padding:10px 14px;margin:10px 0}
.vhead .path{font-weight:700;margin-right:8px}
.pill{display:inline-block;font-size:12px;font-weight:600;padding:1px 9px;border-radius:999px;margin-right:4px}
.pill.ok{background:var(--good-soft);color:var(--good)}.pill.mid{background:var(--warn-soft);color:var(--warn)}.pill.bad{background:var(--bad-soft);color:var(--bad)}
.gaps,.errors,.irrev{font-size:13px;margin:8px 0 0;padding-left:20px}
.errors li{color:var(--bad)}
p.bad{color:var(--bad);font-weight:600}p.good{color:var(--good);font-weight:600}
table.sums td.path{width:44%;word-break:break-all}
table.sums td.sha{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11.5px;color:#334155;word-break:break-all}
.sha{font-size:11.5px}
h3+table.sums{margin-bottom:14px}
#checksums h3{margin:18px 0 6px;font-size:14px}
footer{margin-top:40px;padding-top:12px;border-top:1px solid var(--line);font-size:12px;color:var(--muted)}
.board{border:2px solid var(--ink);border-radius:12px;padding:14px 18px;margin:16px 0 18px}
.board h2{margin-top:0}
.board h3{margin:0 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.signoff{display:flex;flex-wrap:wrap;gap:10px 28px;margin:0 0 10px}
.field{display:flex;align-items:baseline;gap:8px;font-size:14px}
.flabel{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:700}
.fvalue{font-weight:700;border-bottom:1px solid var(--ink);padding:0 4px;word-break:break-all}
.fblank{display:inline-block;min-width:180px;border-bottom:1px solid var(--ink);height:1.2em}
.what{margin:8px 0 12px;font-size:14.5px;line-height:1.5}
.loss{border:2px solid var(--bad);background:var(--bad-soft);border-radius:10px;padding:10px 14px;margin:10px 0}
.losshead{color:var(--bad);font-weight:800;font-size:16px;margin-bottom:4px}
.losshead small{font-size:12px;font-weight:600}
table.losstable{font-size:12.5px}
table.losstable td{border-bottom:1px solid #fecaca;padding:3px 6px}
table.losstable td:nth-child(-n+2){width:1%;white-space:nowrap}
.lcode{display:inline-block;font-size:12px;font-weight:700;padding:1px 7px;border-radius:5px;background:var(--bad);color:#fff}
.losssql{font-size:12px;font-weight:700;color:#7f1d1d;word-break:break-word}
table.losstable tr.lgroup td{font-size:12px;font-weight:600;color:#7f1d1d;padding-top:6px}
.noloss{border:1px solid var(--line);border-radius:10px;padding:8px 14px;margin:10px 0;color:var(--good);font-weight:600}
.bgrid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:12px;margin:10px 0}
.bcell{border:1px solid var(--line);border-radius:10px;padding:10px 12px;font-size:13px}
.decision.stop,.duration.sized{color:var(--bad)}
.decision.up,.duration.quick{color:var(--good)}
.sizedlist{margin:6px 0 0;padding-left:18px;font-size:12px;color:#475569}
pre.cmd{margin:0;padding:8px 10px;background:var(--code);border-radius:8px;font-size:12px;white-space:pre-wrap;word-break:break-word}
@page{size:A4;margin:14mm 12mm 16mm}
@page{@bottom-right{content:"page " counter(page) " of " counter(pages);font:8pt system-ui,sans-serif;color:#64748b}}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  .toc{display:none}
  .board{break-inside:avoid-page;border-width:1px}
  .bgrid{grid-template-columns:1fr 1fr}
  .cards{grid-template-columns:repeat(4,1fr)}
  .cvalue{font-size:16pt}
  h2{break-after:avoid;margin-top:22px}
  h3,.rev>header,.ophead,.finding{break-after:avoid}
  .finding,.card,.verif,tr,.rev>header{break-inside:avoid}
  .rev{border-radius:0;border-width:1px 0 0;margin:12px 0}
  .op{margin:8px 0 8px 4px}
  pre.sql{font-size:8pt;padding:6px 8px}
  .graphbox{overflow:visible;break-inside:avoid;padding:4px}
  table.sums{font-size:8pt}
  table.sums td.path{width:auto;word-break:break-all}
  table.sums td.sha{width:1%;font-size:7.5pt;white-space:nowrap;word-break:normal}
  .sha{font-size:7.5pt}
  a{color:inherit}
  footer{margin-top:16px}
}
`.trim();
