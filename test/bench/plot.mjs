// A small log-log line chart as SVG text, for the benchmark report.
//
// lineChart({ title, xLabel, yLabel, series: [{ name, color, dash?, points: [[x, y], ...] }] })

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function decades(lo, hi) {
  const out = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

function fmt(v) {
  if (v >= 1000) return `${(v / 1000).toLocaleString('en-US')}k`.replace('.0k', 'k');
  if (v >= 1) return String(+v.toPrecision(3));
  return String(+v.toPrecision(2));
}

export function lineChart({ title, xLabel, yLabel, series, width = 720, height = 440 }) {
  const pts = series.flatMap((s) => s.points);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]).filter((y) => y > 0);
  const xTicks = decades(Math.min(...xs), Math.max(...xs));
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [x0, x1] = [Math.log10(xTicks[0]), Math.log10(xTicks[xTicks.length - 1])];
  const [y0, y1] = [Math.log10(yTicks[0]), Math.log10(yTicks[yTicks.length - 1])];
  const m = { left: 70, right: 190, top: 44, bottom: 56 };
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const X = (v) => m.left + ((Math.log10(v) - x0) / (x1 - x0 || 1)) * pw;
  const Y = (v) => m.top + ph - ((Math.log10(v) - y0) / (y1 - y0 || 1)) * ph;
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`);
  // grid and ticks
  for (const t of yTicks) {
    out.push(`<line x1="${m.left}" x2="${m.left + pw}" y1="${Y(t).toFixed(1)}" y2="${Y(t).toFixed(1)}" stroke="#ddd"/>`);
    out.push(`<text x="${m.left - 8}" y="${(Y(t) + 4).toFixed(1)}" text-anchor="end">${fmt(t)}</text>`);
  }
  for (const t of xTicks) {
    out.push(`<line x1="${X(t).toFixed(1)}" x2="${X(t).toFixed(1)}" y1="${m.top}" y2="${m.top + ph}" stroke="#ddd"/>`);
    out.push(`<text x="${X(t).toFixed(1)}" y="${m.top + ph + 18}" text-anchor="middle">${fmt(t)}</text>`);
  }
  out.push(`<rect x="${m.left}" y="${m.top}" width="${pw}" height="${ph}" fill="none" stroke="#444"/>`);
  out.push(`<text x="${m.left + pw / 2}" y="${height - 14}" text-anchor="middle">${esc(xLabel)}</text>`);
  out.push(`<text transform="translate(18 ${m.top + ph / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`);
  // series
  series.forEach((s, i) => {
    const p = s.points.filter((q) => q[1] > 0).sort((a, b) => a[0] - b[0]);
    if (p.length === 0) return;
    const d = p.map((q, j) => `${j ? 'L' : 'M'}${X(q[0]).toFixed(1)} ${Y(q[1]).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const q of p) out.push(`<circle cx="${X(q[0]).toFixed(1)}" cy="${Y(q[1]).toFixed(1)}" r="3.5" fill="${s.color}"/>`);
    const ly = m.top + 14 + i * 20;
    const lx = m.left + pw + 16;
    out.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
    );
    out.push(`<text x="${lx + 28}" y="${ly}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
