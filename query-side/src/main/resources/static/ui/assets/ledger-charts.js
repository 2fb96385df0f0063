/*
 * Draws a chart above every table marked data-chart="bar", "funnel" or "compare", from that table's own rows: the
 * table stays the carrier of the numbers (read by screen readers and tests), the chart only shows them. "compare"
 * draws one bar per column whose header is marked data-series, named by that header (expected against realised).
 */
(function () {
    'use strict';

    function rows(table) {
        return Array.from(table.tBodies[0].rows).map(function (row) {
            return { label: row.cells[0].textContent.trim(), value: Number(row.cells[row.cells.length - 1].textContent) };
        });
    }

    /** One dataset per column whose header is marked data-series, named by that header; "–" draws no bar. */
    function columns(table) {
        var colours = ['#1f6f8b', '#e8590c', '#3b5bdb', '#2f9e44'];
        var headers = Array.from(table.tHead.rows[0].cells);
        return headers.filter(function (header) { return header.hasAttribute('data-series'); })
            .map(function (header, i) {
                var column = headers.indexOf(header);
                return {
                    label: header.textContent.trim(),
                    backgroundColor: colours[i % colours.length],
                    data: Array.from(table.tBodies[0].rows).map(function (row) {
                        var value = Number(row.cells[column].textContent);
                        return isNaN(value) ? null : value;
                    })
                };
            });
    }

    function draw(table) {
        var data = rows(table);
        var compare = table.dataset.chart === 'compare';
        var box = document.createElement('div');
        box.className = 'chart-box';
        box.setAttribute('aria-hidden', 'true');
        var canvas = document.createElement('canvas');
        box.appendChild(canvas);
        table.parentNode.insertBefore(box, table);
        var funnel = table.dataset.chart === 'funnel';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: data.map(function (d) { return d.label; }),
                datasets: compare ? columns(table)
                    : [{ data: data.map(function (d) { return d.value; }), backgroundColor: funnel ? '#1f6f8b' : '#3b5bdb' }]
            },
            options: {
                indexAxis: funnel ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: compare } },
                scales: { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 } } }
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (typeof Chart === 'undefined') {
            return; // the tables say it all
        }
        document.querySelectorAll('table[data-chart]').forEach(draw);
        document.body.dataset.chartsDrawn = String(document.querySelectorAll('table[data-chart]').length);
    });
})();
