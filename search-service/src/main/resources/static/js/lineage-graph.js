// Draws a lineage as layered SVG: top resolutions on the first row, each document one row below the lowest
// document it derives from, the entity at the bottom. Nodes and edges are focusable and report selection.
import { label } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const NODE_W = 190;
const NODE_H = 46;
const GAP_X = 30;
const GAP_Y = 80;
const PAD = 20;

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

/** Longest distance from a node with nothing above it: a document sits below everything it derives from. */
function layers(nodes, edges) {
  const layer = new Map(nodes.map((n) => [n.id, 0]));
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const e of edges) {
      const below = layer.get(e.to.id) + 1;
      if (below > layer.get(e.from.id)) { layer.set(e.from.id, below); changed = true; }
    }
    if (!changed) break;
  }
  return layer;
}

/** Positions: rows by layer, each row ordered by the mean position of the nodes above it (one barycentre sweep). */
function layout(nodes, edges) {
  const layer = layers(nodes, edges);
  const rows = [];
  for (const n of nodes) (rows[layer.get(n.id)] ??= []).push(n);
  const x = new Map();
  const width = Math.max(...rows.map((r) => r?.length ?? 0)) * (NODE_W + GAP_X) - GAP_X + 2 * PAD;
  rows.forEach((row, depth) => {
    if (!row) return;
    if (depth > 0) {
      const mean = (n) => {
        const ups = edges.filter((e) => e.from.id === n.id && x.has(e.to.id)).map((e) => x.get(e.to.id));
        return ups.length ? ups.reduce((a, b) => a + b, 0) / ups.length : width / 2;
      };
      row.sort((a, b) => mean(a) - mean(b));
    }
    const rowWidth = row.length * (NODE_W + GAP_X) - GAP_X;
    row.forEach((n, i) => x.set(n.id, (width - rowWidth) / 2 + i * (NODE_W + GAP_X) + NODE_W / 2));
  });
  const position = new Map(nodes.map((n) => [n.id, { x: x.get(n.id), y: PAD + layer.get(n.id) * (NODE_H + GAP_Y) }]));
  return { position, width, height: PAD * 2 + rows.length * (NODE_H + GAP_Y) - GAP_Y };
}

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) if (v !== null && v !== undefined) element.setAttribute(k, v);
  for (const c of children) element.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return element;
}

function shorten(text, max) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Renders into container; onSelect({node} | {edge}) on click, Enter or Space. relationText maps a relation name
 * to the words shown. Returns the SVG element.
 */
export function drawLineage(container, graph, { centreId, topIds, relationText, onSelect }) {
  const { position, width, height } = layout(graph.nodes, graph.edges);
  const root = svg('svg', { class: 'lineage', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group' });
  root.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
    markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#6b7686' }))));

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
  for (const e of graph.edges) {
    const from = position.get(e.from.id);
    const to = position.get(e.to.id);
    const x1 = from.x; const y1 = from.y;
    const x2 = to.x; const y2 = to.y + NODE_H;
    const midY = (y1 + y2) / 2;
    const d = `M${x1},${y1} C${x1},${midY} ${x2},${midY} ${x2},${y2}`;
    const words = relationText(e.relation);
    const group = svg('g', { class: 'edge', 'data-relation': e.relation,
      'aria-label': `${e.from.number ?? e.from.name} → ${words} → ${e.to.number ?? e.to.name}` },
    svg('title', {}, `${words}: ${e.quote ?? ''}`),
    svg('path', { class: 'hit', d }),
    svg('path', { d, 'marker-end': 'url(#arrow)' }),
    svg('text', { x: (x1 + x2) / 2 + 4, y: midY, 'text-anchor': 'start' }, shorten(words, 24)));
    selectable(group, { edge: e });
    edgeLayer.append(group);
  }
  root.append(edgeLayer);

  for (const n of graph.nodes) {
    const p = position.get(n.id);
    const classes = ['node'];
    if (n.id === centreId) classes.push('centre');
    if (topIds.has(n.id)) classes.push('top');
    const title = n.number ? n.number : shorten(n.name, 30);
    const group = svg('g', { class: classes.join(' '), transform: `translate(${p.x - NODE_W / 2},${p.y})`,
      'data-id': n.id, 'data-type': n.type, 'data-number': n.number ?? null, 'aria-label': `${label('type', n.type)}: ${n.number ?? ''} ${n.name ?? ''}`.trim() },
    svg('title', {}, [n.number, n.name].filter(Boolean).join(' — ')),
    svg('rect', { width: NODE_W, height: NODE_H, rx: 6 }),
    svg('text', { x: 8, y: 18, 'font-weight': 600 }, shorten(title, 28)),
    svg('text', { x: 8, y: 36 }, shorten(n.number && n.name !== n.number ? n.name : label('type', n.type), 30)));
    selectable(group, { node: n });
    root.append(group);
  }
  container.replaceChildren(root);
  const centre = root.querySelector('.node.centre');
  if (centre) {
    const p = position.get(centreId);
    container.scrollLeft = Math.max(0, p.x - container.clientWidth / 2);
  }
  return root;
}
