// Third-party code of the dashboard, served from WebJars at the versions pinned in the parent pom
// (the build fills them in; keep this file free of other ${...} expressions).
export { default as Alpine } from '/webjars/alpinejs/${alpinejs.version}/dist/module.esm.min.js';

/** The Chart.js UMD bundle (it defines window.Chart); loaded only by pages that draw charts. */
export const CHART_JS = '/webjars/chart.js/${chartjs.version}/dist/chart.umd.min.js';
