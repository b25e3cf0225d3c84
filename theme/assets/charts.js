// Charts made for the site. Each .chart holds its Plotly figure as JSON; it is drawn when it comes near the screen,
// with the page's plotly.js (data-plotly: the smallest bundle for the page's trace types), loaded on first use, and
// plotly.js's translation for the site's language (data-locale). Drawn in the site's fonts and colours (CSS variables,
// see charts.css), following the light/dark toggle without a reload. On narrow screens legends go below the plot; on
// touch screens a swipe scrolls the page (zoom and pan only after choosing them in the toolbar).
(() => {
  const script = document.currentScript;
  const charts = [...document.querySelectorAll('.chart')];
  if (!charts.length) return;
  const root = document.documentElement;
  const narrow = matchMedia('(max-width: 40rem)');
  const touch = matchMedia('(any-pointer: coarse)').matches || navigator.maxTouchPoints > 0;
  const drawn = new Set();

  const load = src => new Promise((resolve, reject) =>
    document.head.append(Object.assign(document.createElement('script'), { src, onload: resolve, onerror: reject })));
  let plotly;
  const plotlyReady = () => plotly ??= load(script.dataset.plotly)
    .then(() => script.dataset.locale && load(script.dataset.locale))
    // Geo charts draw map outlines from the site's own copy (assets/topojson/, beside this script), never from a CDN.
    .then(() => Plotly.setPlotConfig({ topojsonURL: new URL('topojson/', script.src).href }));

  // The site's look as a Plotly layout template, from the theme's CSS variables as they are now (light or dark).
  const css = name => getComputedStyle(root).getPropertyValue(name).trim();
  const siteLayout = () => {
    const text = css('--text'), muted = css('--muted'), bg = css('--bg'), soft = css('--bg-soft'), line = css('--border');
    const axis = { gridcolor: css('--chart-grid'), linecolor: line, zerolinecolor: line, tickcolor: line, title: { font: { color: muted } } };
    return {
      font: { family: css('--font'), color: text },
      paper_bgcolor: bg, plot_bgcolor: bg,
      colorway: css('--chart-colors').split(',').map(c => c.trim()).filter(Boolean),
      xaxis: axis, yaxis: axis,
      legend: { bgcolor: 'rgba(0,0,0,0)' },
      hoverlabel: { font: { family: css('--font') } },
      geo: { bgcolor: bg, lakecolor: bg, landcolor: soft, subunitcolor: line, coastlinecolor: line, countrycolor: line },
      polar: { bgcolor: bg, angularaxis: axis, radialaxis: axis },
      colorbar: { outlinewidth: 0, tickcolor: line },
    };
  };
  const isObject = v => v && typeof v === 'object' && !Array.isArray(v);
  const merge = (base, over) => {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) out[key] = isObject(value) && isObject(base?.[key]) ? merge(base[key], value) : value;
    return out;
  };
  // Keeps the figure's own template for the traces (colour scales, markers) and lays the site's look over its layout part.
  const template = figure => ({
    data: figure.layout.template?.data ?? {},
    layout: merge(figure.layout.template?.layout ?? {}, siteLayout()),
  });

  // A heatmap without x and y is an image: its pixels are square (the author's scaleanchor wins).
  const images = figure => figure.data.filter(t => t.type === 'heatmap' && !t.x && !t.y && Array.isArray(t.z?.[0]));
  const axisKey = (id, letter) => letter + 'axis' + (id ?? letter).slice(1);
  const squarePixels = (figure, layout, width) => {
    const traces = images(figure);
    if (!traces.length) return layout;
    for (const trace of traces) {
      const x = axisKey(trace.xaxis, 'x'), y = axisKey(trace.yaxis, 'y');
      layout[x] = { constrain: 'domain', ...layout[x] };
      layout[y] = { scaleanchor: trace.xaxis ?? 'x', scaleratio: 1, constrain: 'domain', ...layout[y] };
    }
    // The author's height suits a wide screen; on a narrow one the images shrink, so does the height.
    const [rows, columns] = [layout.grid?.rows ?? 1, layout.grid?.columns ?? 1];
    const margin = { t: 100, b: 80, l: 80, r: 80, ...figure.layout.template?.layout?.margin, ...layout.margin };
    const cell = (width - margin.l - margin.r) / columns * 0.9;
    const aspect = traces[0].z.length / traces[0].z[0].length;
    const needed = Math.round(margin.t + margin.b + rows * cell * aspect / 0.9);
    if (figure.layout.height && needed < figure.layout.height) layout.height = Math.max(needed, 120);
    return layout;
  };

  const legendBelow = legend => ({ ...legend, orientation: 'h', x: 0, xanchor: 'left', y: -0.2, yanchor: 'top' });
  const layoutFor = (chart, figure) => {
    let layout = { ...figure.layout, template: template(figure), uirevision: 'docsite' };
    // On a phone the plot gets the width: thin margins (axes still make room for their labels), the legend below.
    if (narrow.matches) Object.assign(layout, { legend: legendBelow(figure.layout.legend), margin: { t: 70, b: 40, l: 8, r: 16 } });
    if (touch) layout.dragmode = false;
    return squarePixels(figure, layout, chart.plot.clientWidth);
  };
  const config = figure => ({
    ...figure.config, responsive: true, displaylogo: false, scrollZoom: false,
    // The toolbar shows on hover or focus only (charts.css); always there, so that a tap can reach it on a phone.
    displayModeBar: true,
  });

  const draw = chart => {
    const figure = chart.figure ??= JSON.parse(chart.querySelector('.chart-figure').textContent);
    drawn.add(chart);
    return Plotly.newPlot(chart.plot, figure.data, layoutFor(chart, figure), config(figure)).then(() => chart.classList.add('drawn'));
  };
  // The same figure again with today's look; uirevision keeps what the reader zoomed or hid.
  const redraw = () => drawn.forEach(chart => Plotly.react(chart.plot, chart.figure.data, layoutFor(chart, chart.figure), config(chart.figure)));

  for (const chart of charts) chart.plot = chart.querySelector('.chart-plot');
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(entries => entries.filter(e => e.isIntersecting).forEach(({ target }) => {
      observer.unobserve(target);
      plotlyReady().then(() => draw(target));
    }), { rootMargin: '300px 0px' });
    charts.forEach(chart => observer.observe(chart));
  } else {
    plotlyReady().then(() => charts.forEach(draw));
  }
  // A printed page shows every chart.
  addEventListener('beforeprint', () => plotly && charts.filter(c => !drawn.has(c)).forEach(draw));

  // The theme toggle (data-theme on <html>) and the system's light/dark setting recolour the drawn charts in place.
  new MutationObserver(redraw).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
  narrow.addEventListener('change', redraw);
})();
