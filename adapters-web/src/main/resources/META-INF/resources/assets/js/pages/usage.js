// Usage: minutes used of the plan's included minutes (warnings at 80 % and 95 %), a daily chart of
// the current period and the previous months.
import { boot, api, session, format } from '../app.js';
import { CHART_JS } from '../vendor.js';

function loadChartJs() {
    if (window.Chart) return Promise.resolve(window.Chart);
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = CHART_JS;
        script.onload = () => resolve(window.Chart);
        script.onerror = () => reject(new Error('chart library unavailable'));
        document.head.appendChild(script);
    });
}

let chart = null;

boot({
    usagePage: () => ({
        status: null,
        history: null,
        error: '',
        chartError: '',
        async init() {
            try {
                await session.ready;
                const [status, history] = await Promise.all([api('usage/status'), api('usage/monthly?months=6')]);
                this.status = status;
                this.history = history;
                this.$store.session.usage = status;
                this.$nextTick(() => this.draw());
            } catch (failure) {
                this.error = failure.message;
            }
        },
        /** ok below 80 %, warn from 80 %, danger from 95 % (and when the minutes are used up). */
        level() {
            if (!this.status) return 'ok';
            if (this.status.state === 'LIMIT_REACHED' || this.status.percentUsed >= 95) return 'danger';
            if (this.status.state === 'WARNING' || this.status.percentUsed >= 80) return 'warn';
            return 'ok';
        },
        warningTitle() {
            const s = this.status;
            if (s.minutesRemaining <= 0) return 'You have used all your minutes.';
            return `You have used ${s.percentUsed}% of your minutes.`;
        },
        warningText() {
            const s = this.status;
            const renews = format.date(s.periodEnd, s.timeZone);
            if (s.minutesRemaining <= 0) return `Your agent stops answering until your minutes renew on ${renews}. Upgrade to keep every call answered.`;
            const left = s.minutesRemaining === 1 ? '1 minute is' : `${format.number(s.minutesRemaining)} minutes are`;
            if (this.level() === 'danger') return `Only ${left} left until ${renews}. Upgrade now so no call goes unanswered.`;
            return `${left} left until ${renews}. A bigger plan gives you more room.`;
        },
        months() {
            return this.history ? [...this.history.months].reverse() : [];
        },
        chartLabel() {
            if (!this.history) return 'Minutes per day (loading)';
            const p = this.history.currentPeriod;
            const busiest = p.days.reduce((best, d) => (d.minutes > (best ? best.minutes : -1) ? d : best), null);
            return `Bar chart of minutes per day this period: ${p.minutesUsed} of ${p.minutesIncluded} minutes used`
                + (busiest && busiest.minutes > 0 ? `; busiest day ${format.calendarDay(busiest.date)} with ${busiest.minutes} minutes.` : '.');
        },
        async draw() {
            let Chart;
            try {
                Chart = await loadChartJs();
            } catch (unavailable) {
                this.chartError = 'The chart could not be drawn. The numbers above are up to date.';
                return;
            }
            const period = this.history.currentPeriod;
            const labels = period.days.map(d => format.calendarDay(d.date));
            // the running total stops today: the rest of the period has not happened yet
            const today = new Intl.DateTimeFormat('en-CA', { timeZone: this.history.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
                .format(new Date());
            const canvas = document.getElementById('daily-chart');
            if (chart) chart.destroy();
            chart = new Chart(canvas, {
                data: {
                    labels,
                    datasets: [
                        { type: 'bar', label: 'Minutes that day', data: period.days.map(d => d.minutes), yAxisID: 'y',
                            backgroundColor: '#6366f1', borderRadius: 4, maxBarThickness: 22, order: 2 },
                        { type: 'line', label: 'Running total', data: period.days.map(d => (d.date <= today ? d.cumulativeMinutes : null)), yAxisID: 'total',
                            borderColor: '#0f172a', backgroundColor: '#0f172a', pointRadius: 0, borderWidth: 2, tension: .25, order: 1 },
                        { type: 'line', label: 'Included minutes', data: period.days.map(() => period.minutesIncluded), yAxisID: 'total',
                            borderColor: '#ef4444', borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5, order: 0 }
                    ]
                },
                options: {
                    responsive: true,
                    maintainAspectRatio: false,
                    animation: false,
                    interaction: { mode: 'index', intersect: false },
                    plugins: { legend: { position: 'bottom', reverse: true, labels: { usePointStyle: true, boxHeight: 8, color: '#334155' } } },
                    scales: {
                        x: { grid: { display: false }, ticks: { color: '#475569', maxRotation: 0, autoSkip: true, maxTicksLimit: 10 } },
                        y: { beginAtZero: true, position: 'left', title: { display: true, text: 'Minutes per day', color: '#475569' },
                            ticks: { color: '#475569', precision: 0 }, grid: { color: '#eef1f6' } },
                        total: { beginAtZero: true, position: 'right', title: { display: true, text: 'Running total', color: '#475569' },
                            ticks: { color: '#475569', precision: 0 }, grid: { display: false },
                            suggestedMax: Math.max(period.minutesIncluded, period.minutesUsed) * 1.1 }
                    }
                }
            });
        }
    })
});
