// Chart.js (from its WebJar, loaded as a classic script) with the pages' shared look; charts are images with a
// text alternative, and every chart has a table beside it with the same numbers.
const COLOURS = ['#b3261e', '#0b57a4', '#e37400', '#188038', '#8430ce', '#5f6368'];

export function barChart(canvas, { labels, datasets, horizontal = false, description, yTitle }) {
  const Chart = window.Chart;
  Chart.getChart(canvas)?.destroy();
  canvas.setAttribute('aria-label', description);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map((d, i) => ({ backgroundColor: COLOURS[i % COLOURS.length], ...d })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, title: { display: !!yTitle, text: yTitle } } },
    },
  });
}

export function table(headers, rows) {
  const thead = document.createElement('thead');
  const head = thead.insertRow();
  for (const h of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const tbody = document.createElement('tbody');
  for (const row of rows) {
    const tr = tbody.insertRow();
    row.forEach((cell, i) => {
      const td = tr.insertCell();
      td.dataset.label = headers[i] ?? ''; // named on a phone, where a .stack table shows one cell per line
      if (cell instanceof Node) td.append(cell);
      else td.textContent = cell ?? '';
    });
  }
  return [thead, tbody];
}
