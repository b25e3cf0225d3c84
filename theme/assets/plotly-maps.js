// Geo charts draw map outlines that plotly.js would fetch from its CDN: read the site's own copy instead,
// in assets/topojson/ next to this script. Runs after plotly.js (both deferred) and before any chart draws
// (charts wait for DOMContentLoaded).
Plotly.setPlotConfig({ topojsonURL: new URL('topojson/', document.currentScript.src).href });
