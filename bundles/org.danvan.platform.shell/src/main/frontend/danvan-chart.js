// <danvan-chart>: the browser half of org.danvan.platform.api.ui.chart.DanvanChart.
// The server sets the property "config" to a JSON document (see DanvanChart#toJson); clicks on a bar or slice are
// reported back as the event "danvan-chart-click" with the positions only.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  PieController,
  Tooltip,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale,
  PieController, Tooltip);

// Lumo's body text colour and font, so the chart reads like the rest of the screen.
const TEXT_COLOUR = 'rgba(24, 39, 57, 0.94)';

class DanvanChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        /* the canvas must never hold its box open: Chart.js only shrinks it when the frame can get narrower,
           otherwise a chart drawn wide on a desktop keeps a phone's page scrolling sideways */
        :host { display: block; position: relative; min-height: 14rem; min-width: 0; overflow: hidden; }
        :host([hidden]) { display: none; }
        .frame { position: relative; width: 100%; height: 100%; min-height: inherit; min-width: 0; overflow: hidden; }
        canvas { max-width: 100%; }
      </style>
      <div class="frame"><canvas></canvas></div>`;
    this._canvas = root.querySelector('canvas');
    this._chart = null;
    this._config = null;
  }

  get config() {
    return this._config;
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  connectedCallback() {
    // Flow may set the property before this element is defined: re-run it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    let spec;
    try {
      spec = JSON.parse(this._config);
    } catch (e) {
      console.error('danvan-chart: unreadable config', e);
      return;
    }
    const round = spec.type === 'pie' || spec.type === 'doughnut';
    const data = {
      labels: spec.labels,
      datasets: spec.datasets.map((d) => ({
        label: d.label,
        data: d.values,
        backgroundColor: d.colours.length === 1 ? d.colours[0] : d.colours,
        borderColor: round ? '#ffffff' : undefined,
        borderWidth: round ? 1 : 0,
      })),
    };
    if (this._chart && this._chart.config.type === spec.type && this._chart.options.indexAxis
        === (spec.horizontal ? 'y' : 'x')) {
      this._chart.data = data;
      this._chart.options.plugins.legend.display = spec.legend;
      if (!round) {
        this._chart.options.scales.x.stacked = spec.stacked;
        this._chart.options.scales.y.stacked = spec.stacked;
      }
      this._chart.update();
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    const font = getComputedStyle(this).fontFamily;
    const options = {
      responsive: true,
      maintainAspectRatio: false,
      animation: { duration: 300 },
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: spec.legend, position: round ? 'right' : 'top', labels: { color: TEXT_COLOUR, font: { family: font } } },
        tooltip: { enabled: true },
      },
      onClick: (event, elements) => {
        if (elements.length > 0) {
          const hit = elements[0];
          this.dispatchEvent(new CustomEvent('danvan-chart-click', {
            detail: { labelIndex: hit.index, datasetIndex: hit.datasetIndex },
          }));
        }
      },
      onHover: (event, elements) => {
        this._canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
    };
    if (!round) {
      const axis = { stacked: spec.stacked, ticks: { color: TEXT_COLOUR, font: { family: font } } };
      // counts: whole numbers only on the value axis
      const values = { ...axis, beginAtZero: true, ticks: { ...axis.ticks, precision: 0 } };
      options.scales = spec.horizontal ? { x: values, y: axis } : { x: axis, y: values };
    }
    this._chart = new Chart(this._canvas, { type: spec.type, data, options });
  }
}

if (!customElements.get('danvan-chart')) {
  customElements.define('danvan-chart', DanvanChart);
}
