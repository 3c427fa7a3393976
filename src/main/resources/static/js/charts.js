// Cleanprod charts: draws the ECharts of a page from the JSON in its data-chart attribute.
(function () {
  'use strict';

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element || !window.echarts) {
      return;
    }
    var chart = window.echarts.init(element);
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function escape(text) {
    return String(text === null || text === undefined ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function line(name, values, extra) {
    return Object.assign({ name: name, type: 'line', data: values, connectNulls: false, showSymbol: false }, extra || {});
  }

  document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('charts');
    if (!holder) {
      return;
    }
    var data = JSON.parse(holder.getAttribute('data-chart'));
    var labels = data.labels;
    var common = { tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 20, top: 40, bottom: 40 } };

    draw('chart-byGroup', Object.assign({}, common, {
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: labels.toe },
      series: Object.keys(data.byGroup).map(function (group) {
        return { name: group, type: 'bar', stack: 'toe', data: data.byGroup[group] };
      })
    }));

    var specific = [line(labels.specific, data.specific)];
    if (data.baselineSpecific !== null && data.baselineSpecific !== undefined) {
      specific.push(line(labels.baselineSpecific, data.months.map(function () { return data.baselineSpecific; }),
        { lineStyle: { type: 'dashed' } }));
    }
    draw('chart-specific', Object.assign({}, common, {
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', scale: true },
      series: specific
    }));

    draw('chart-expected', Object.assign({}, common, {
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: labels.toe },
      series: [line(labels.actual, data.actual), line(labels.expected, data.expected, { lineStyle: { type: 'dashed' } })]
    }));

    var savings = { name: labels.savings, type: 'bar', data: data.savings };
    if (data.targetMin !== undefined && data.targetMin !== null) {
      savings.markArea = { silent: true, itemStyle: { opacity: 0.15 },
        data: [[{ name: labels.target, yAxis: data.targetMin }, { yAxis: data.targetMax !== null ? data.targetMax : data.targetMin }]] };
    }
    // The tooltip words each year's figure as the page does: a negative saving is an increase.
    var savingsTooltip = { trigger: 'axis', formatter: function (params) {
      var index = params[0].dataIndex;
      return escape(data.years[index]) + '<br>' + escape(labels.savings) + ': ' + escape(data.savingsWords[index]);
    } };
    draw('chart-savings', Object.assign({}, common, {
      tooltip: savingsTooltip,
      xAxis: { type: 'category', data: data.years },
      yAxis: { type: 'value', name: '%' },
      series: [savings]
    }));
  });
})();
