// Draws a lineage as a layered SVG laid out by dagre (the Sugiyama method: layers, crossing reduction, coordinates;
// vendored from npm @dagrejs/dagre, served from the jar): the top resolutions on the first row, each document below
// what it derives from, edges routed between the layers so none passes behind a node. Nodes say what a document is
// (number, kind, issuer, area); an edge's relation and quote show on hover or focus and in the table beside it.
// Zoom with the buttons, Ctrl+wheel or +/−; pan by dragging or with the arrow keys.
import { graphlib, layout } from '../vendor/dagre/dagre.esm.js';
import { label, t } from './i18n.js';
import { capitalise, documentName, labelText } from './format.js';
import { quoteText } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const NODE_W = 224;
const LINE_H = 16;
const PAD_X = 10;
const FONT = '12px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';

/** Unique nodes and edges of every path; edges point from the derived node to the one it derives from. */
export function graphOf(paths) {
  const nodes = new Map();
  const edges = new Map();
  for (const path of paths ?? []) {
    for (const step of path) {
      for (const node of [step.from, step.to]) if (!nodes.has(node.id)) nodes.set(node.id, node);
      const key = `${step.from.id} ${step.relation} ${step.to.id}`;
      if (!edges.has(key)) edges.set(key, { ...step, key });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

let measurer = null;
function textWidth(text, bold = false) {
  measurer ??= document.createElement('canvas').getContext('2d');
  measurer.font = bold ? `600 ${FONT}` : FONT;
  return measurer.measureText(text).width;
}

/** The text cut with an ellipsis so it fits width pixels. */
function fit(text, width, bold = false) {
  const s = String(text ?? '');
  if (textWidth(s, bold) <= width) return s;
  let lo = 0; let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${s.slice(0, mid)}…`, bold) <= width) lo = mid; else hi = mid - 1;
  }
  return `${s.slice(0, lo).trimEnd()}…`;
}

/** A node's name in words: a document's number (or kind and issuer), anything else its name. */
export function nodeName(n) {
  if (n.type !== 'Document') return n.name ?? label('type', n.type);
  // a part without a number of its own (an appendix, an attached programme) by its kind and the document it is attached
  // to, so "Chương trình hành động kèm theo 03/NQ-CP" is not shown as the resolution 03/NQ-CP it is part of
  if (!n.number && n.partOf) return t('document.partOf', capitalise(labelText(n.kind)) || t('type.Document'), n.partOf);
  return documentName({ number: n.number, issuer: n.issuer }, n.kind);
}

/**
 * The lines a node shows: a document's number (or kind), kind and area, issuer; a part without a number its kind, the
 * document it is attached to and area, issuer; a task's type and name.
 */
export function nodeLines(n) {
  const kind = capitalise(labelText(n.kind)) || label('type', n.type);
  if (n.type === 'Document') {
    const number = n.number ?? null;
    if (!number && n.partOf) {
      return [kind, [t('document.attachedTo', n.partOf), n.area].filter(Boolean).join(' · '), n.issuer].filter(Boolean);
    }
    return [
      number ?? `${kind} (${t('document.noNumber')})`,
      [number ? kind : null, n.area].filter(Boolean).join(' · ') || kind,
      n.issuer ?? '',
    ].filter(Boolean);
  }
  // A task or indicator: its kind, then its name in two lines broken between words.
  const words = String(n.name ?? '').split(/\s+/).filter(Boolean);
  const inner = NODE_W - 2 * PAD_X;
  let second = '';
  while (words.length && textWidth(`${second} ${words[0]}`.trim()) <= inner) second = `${second} ${words.shift()}`.trim();
  return [kind, second, words.join(' ')].filter(Boolean);
}

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) if (v !== null && v !== undefined) element.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) element.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return element;
}

/**
 * The edges as drawn: one line per pair of nodes, carrying every relation between them (a plan both "based on"
 * and "implementing" 57-NQ/TW gets one arrow with both words); the table beside the picture lists each step.
 */
export function drawnEdges(edges) {
  const pairs = new Map();
  for (const e of edges) {
    const key = `${e.from.id} ${e.to.id}`;
    if (!pairs.has(key)) pairs.set(key, { ...e, key, steps: [] });
    pairs.get(key).steps.push(e);
  }
  return [...pairs.values()];
}

/** Positions from dagre: nodes top-down from the resolutions, edges as polylines between the layers. */
function place(graph) {
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 56, edgesep: 18, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.id, { width: NODE_W, height: nodeLines(n).length * LINE_H + 16 });
  // dagre ranks an edge's source above its target: the upstream document goes first.
  for (const e of drawnEdges(graph.edges)) g.setEdge(e.to.id, e.from.id, {});
  layout(g);
  const box = g.graph();
  return { g, width: Math.ceil(box.width), height: Math.ceil(box.height) };
}

function pathOf(points) {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/**
 * Renders into container; onSelect({node} | {edge}) on click, Enter or Space. relationText maps a relation name
 * to the words shown. Returns the SVG element.
 */
export function drawLineage(container, graph, { centreId, topIds, relationText, onSelect }) {
  // nothing to lay out (an entity with no path and no node of its own): an empty frame, not a picture at NaN
  if (!graph.nodes.length) {
    container.replaceChildren();
    return null;
  }
  const { g, width, height } = place(graph);
  const viewportHeight = Math.min(Math.max(height, 160), 640);
  const root = svg('svg', { class: 'lineage', width: '100%', height: viewportHeight, role: 'group',
    'aria-label': t('lineage.graph'), 'data-width': width, 'data-height': height });
  root.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
    markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#5a6475' }))));
  const view = svg('g', { class: 'viewport' });
  root.append(view);

  const tooltip = svg('g', { class: 'edge-tip', visibility: 'hidden', 'aria-hidden': 'true' },
    svg('rect', { rx: 4 }), svg('text', {}));
  const showTip = (x, y, text) => {
    const shown = fit(text, 320);
    tooltip.querySelector('text').textContent = shown;
    tooltip.querySelector('text').setAttribute('x', x + 8);
    tooltip.querySelector('text').setAttribute('y', y + 4);
    const r = tooltip.querySelector('rect');
    r.setAttribute('x', x); r.setAttribute('y', y - 12);
    r.setAttribute('width', textWidth(shown) + 16); r.setAttribute('height', 22);
    tooltip.setAttribute('visibility', 'visible');
  };
  const hideTip = () => tooltip.setAttribute('visibility', 'hidden');

  const selectable = (element, payload) => {
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    const select = () => {
      root.querySelectorAll('.selected').forEach((s) => s.classList.remove('selected'));
      element.classList.add('selected');
      onSelect(payload);
    };
    element.addEventListener('click', select);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(); }
    });
  };

  const edgeLayer = svg('g', { class: 'edges' });
  for (const e of drawnEdges(graph.edges)) {
    const routed = g.edge(e.to.id, e.from.id);
    const d = pathOf(routed.points);
    const words = [...new Set(e.steps.map((step) => relationText(step.relation)))].join(', ');
    const quote = e.steps.map((step) => step.quote).find(Boolean);
    const fromName = nodeName(e.from);
    const toName = nodeName(e.to);
    const describe = `${fromName} — ${words} — ${toName}${quote ? `: “${quoteText(quote)}”` : ''}`;
    const group = svg('g', { class: 'edge', 'data-relation': e.steps.map((step) => step.relation).join(' '), 'data-from': e.from.id, 'data-to': e.to.id,
      'aria-label': describe },
    svg('title', {}, describe),
    svg('path', { class: 'hit', d }),
    svg('path', { class: 'line', d, 'marker-end': 'url(#arrow)' }));
    const mid = routed.points[Math.floor(routed.points.length / 2)];
    const tipText = `${capitalise(words)}${quote ? `: ${quoteText(quote)}` : ''}`;
    group.addEventListener('pointerenter', () => showTip(mid.x, mid.y, tipText));
    group.addEventListener('pointerleave', hideTip);
    group.addEventListener('focus', () => showTip(mid.x, mid.y, tipText));
    group.addEventListener('blur', hideTip);
    selectable(group, { edge: { ...e, relation: e.steps[0].relation, quote } });
    edgeLayer.append(group);
  }
  view.append(edgeLayer);

  for (const n of graph.nodes) {
    const p = g.node(n.id);
    const classes = ['node'];
    if (n.id === centreId) classes.push('centre');
    if (topIds.has(n.id)) classes.push('top');
    const lines = nodeLines(n);
    const inner = NODE_W - 2 * PAD_X;
    const group = svg('g', { class: classes.join(' '), transform: `translate(${p.x - p.width / 2},${p.y - p.height / 2})`,
      // The accessible name is the SVG title (the full lines), so the truncated text drawn never contradicts it.
      'data-id': n.id, 'data-type': n.type, 'data-number': n.number ?? null },
    svg('title', {}, [lines.join(' · '), n.name && n.name !== n.number ? n.name : null].filter(Boolean).join('\n')),
    svg('rect', { width: p.width, height: p.height, rx: 6 }),
    ...lines.map((line, i) => svg('text', { x: PAD_X, y: 8 + LINE_H * (i + 1) - 4, class: i === 0 ? 'first' : null },
      fit(line, inner, i === 0))));
    selectable(group, { node: n });
    view.append(group);
  }
  view.append(tooltip);
  container.replaceChildren(zoomControls(), root);
  enableZoomAndPan(root, view, { width, height, viewportHeight, centre: g.node(centreId) });
  return root;
}

function zoomControls() {
  const bar = document.createElement('div');
  bar.className = 'zoom-controls no-print';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', t('lineage.zoom'));
  for (const [action, text, key] of [['in', '+', 'lineage.zoomIn'], ['out', '−', 'lineage.zoomOut'], ['fit', '⤢', 'lineage.zoomFit']]) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.zoom = action;
    b.textContent = text;
    b.title = t(key);
    b.setAttribute('aria-label', t(key));
    bar.append(b);
  }
  return bar;
}

/** Zoom (buttons, Ctrl+wheel, + and − keys) and pan (drag, arrow keys) by a transform on the viewport group. */
function enableZoomAndPan(root, view, { width, height, viewportHeight, centre }) {
  const state = { k: 1, x: 0, y: 0 };
  const box = () => root.getBoundingClientRect();
  const apply = () => view.setAttribute('transform', `translate(${state.x.toFixed(1)},${state.y.toFixed(1)}) scale(${state.k.toFixed(3)})`);
  const fitAll = () => {
    const w = box().width || width;
    state.k = Math.min(1, w / width, viewportHeight / height);
    state.x = (w - width * state.k) / 2;
    state.y = Math.max(0, (viewportHeight - height * state.k) / 2);
    apply();
  };
  const zoom = (factor, cx = box().width / 2, cy = viewportHeight / 2) => {
    const k = Math.min(3, Math.max(0.2, state.k * factor));
    state.x = cx - ((cx - state.x) * k) / state.k;
    state.y = cy - ((cy - state.y) * k) / state.k;
    state.k = k;
    apply();
  };
  fitAll();
  // When the whole graph would be too small to read, start at full size around the entity instead.
  if (state.k < 0.5 && centre) {
    state.k = 1;
    state.x = box().width / 2 - centre.x;
    state.y = viewportHeight - centre.y - centre.height / 2 - 20;
    apply();
  }
  root.parentElement.querySelectorAll('[data-zoom]').forEach((b) => b.addEventListener('click', () => {
    if (b.dataset.zoom === 'in') zoom(1.25);
    else if (b.dataset.zoom === 'out') zoom(0.8);
    else fitAll();
  }));
  root.addEventListener('wheel', (event) => {
    if (!event.ctrlKey) return; // a plain wheel scrolls the page
    event.preventDefault();
    const r = box();
    zoom(event.deltaY < 0 ? 1.1 : 0.9, event.clientX - r.left, event.clientY - r.top);
  }, { passive: false });
  let drag = null;
  root.addEventListener('pointerdown', (event) => {
    if (event.target.closest('.node, .edge')) return;
    drag = { x: event.clientX - state.x, y: event.clientY - state.y };
    root.setPointerCapture(event.pointerId);
    root.classList.add('panning');
  });
  root.addEventListener('pointermove', (event) => {
    if (!drag) return;
    state.x = event.clientX - drag.x;
    state.y = event.clientY - drag.y;
    apply();
  });
  const stop = () => { drag = null; root.classList.remove('panning'); };
  root.addEventListener('pointerup', stop);
  root.addEventListener('pointercancel', stop);
  root.parentElement.addEventListener('keydown', (event) => {
    const steps = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
    if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(0.8);
    else if (steps[event.key] && event.target === root.parentElement) {
      state.x += steps[event.key][0]; state.y += steps[event.key][1]; apply();
    } else return;
    event.preventDefault();
  });
}
