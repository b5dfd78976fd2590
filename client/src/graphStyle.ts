// The Cytoscape stylesheet: actors by kind, MET/BACKS/OPPOSES by colour, arrow and dash, width by article count.
import type { StylesheetJson } from 'cytoscape';
import { edgeDateStyle } from './edgeDates';
import { HIGHLIGHT, KIND_COLOUR, RELATION_COLOUR } from './palette';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** `large`: cheaper drawing for big graphs (no label backgrounds, labels only when zoomed in, straight edges). */
export function graphStyle(large = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 12,
        color: '#1f2633',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        width: 'mapData(degree, 0, 20, 22, 54)',
        height: 'mapData(degree, 0, 20, 22, 54)',
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'node[kind = "Country"]',
      style: { 'background-color': KIND_COLOUR.Country, shape: 'ellipse', 'font-weight': 'bold' },
    },
    {
      selector: 'node[kind = "Official"]',
      style: {
        'background-color': KIND_COLOUR.Official,
        shape: 'ellipse',
        width: 'mapData(degree, 0, 20, 18, 40)',
        height: 'mapData(degree, 0, 20, 18, 40)',
      },
    },
    {
      selector: 'node[kind = "Organization"]',
      style: { 'background-color': KIND_COLOUR.Organization, shape: 'round-hexagon' },
    },
    {
      // A country drawn as the container of its officials.
      selector: ':parent',
      style: {
        shape: 'round-rectangle',
        'background-color': '#e8eef7',
        'background-opacity': 0.85,
        'border-color': KIND_COLOUR.Country,
        'border-width': 1.5,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 12,
        color: '#23446f',
        padding: '14px',
      },
    },
    {
      selector: ':parent[kind = "Organization"]',
      style: { 'background-color': '#efe9f6', 'border-color': KIND_COLOUR.Organization, color: '#4a3470' },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 'mapData(articleCount, 1, 8, 1.6, 7)',
        'line-color': RELATION_COLOUR.MET,
        'target-arrow-color': RELATION_COLOUR.MET,
        'arrow-scale': 1.1,
        opacity: 0.9,
      },
    },
    { selector: 'edge[type = "MET"]', style: { 'line-style': 'solid', 'target-arrow-shape': 'none' } },
    {
      selector: 'edge[type = "BACKS"]',
      style: {
        'line-color': RELATION_COLOUR.BACKS,
        'target-arrow-color': RELATION_COLOUR.BACKS,
        'target-arrow-shape': 'triangle',
      },
    },
    {
      selector: 'edge[type = "OPPOSES"]',
      style: {
        'line-color': RELATION_COLOUR.OPPOSES,
        'target-arrow-color': RELATION_COLOUR.OPPOSES,
        'target-arrow-shape': 'triangle',
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
      },
    },
    // Console results may hold other nodes (Meeting, Article) and relationships (ATTENDED, REPRESENTS...).
    {
      selector: 'node[kind = "Meeting"]',
      style: { 'background-color': '#5d6b82', shape: 'diamond', width: 16, height: 16 },
    },
    {
      selector: 'node[kind = "Article"]',
      style: { 'background-color': '#9aa3b2', shape: 'round-rectangle', width: 14, height: 18 },
    },
    {
      selector: 'edge[type != "MET"][type != "BACKS"][type != "OPPOSES"]',
      style: {
        label: 'data(type)',
        'font-size': 8,
        color: '#5d6b82',
        'text-rotation': 'autorotate',
        'target-arrow-shape': 'vee',
        'line-color': '#b8bfcc',
        'target-arrow-color': '#b8bfcc',
        width: 1.2,
      },
    },
    ...edgeDateStyle(large),
    { selector: '.filtered', style: { display: 'none' } },
    ...(large
      ? ([
          { selector: 'node', style: { 'text-background-opacity': 0, 'min-zoomed-font-size': 14, 'border-width': 0 } },
          // Hundreds of relations: lighter lines, so the actors and their labels stay in front.
          { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 0.8, opacity: 0.45 } },
          { selector: 'edge[type = "MET"]', style: { 'curve-style': 'haystack' } },
        ] as StylesheetJson)
      : []),
    // Size is the centrality measure picked (data `size` in [0, 1], area-true); labels are sized for the screen and
    // thinned by priority (labelPriority.ts), so they stay readable at any zoom without piling up.
    { selector: 'node[size]', style: { width: 'mapData(size, 0, 1, 16, 72)', height: 'mapData(size, 0, 1, 16, 72)' } },
    {
      selector: 'node[fontSize]',
      style: {
        'font-size': 'data(fontSize)',
        'text-max-width': 'data(labelMax)',
        'min-zoomed-font-size': 0,
        // Only the labels kept are drawn, so each can have its backing even on big maps.
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        // A labelled actor is drawn over the unlabelled ones, so that no node body covers a label kept.
        'z-index': 5,
      },
    },
    { selector: 'node.label-hidden', style: { label: '', 'z-index': 0 } },
    { selector: '.faded', style: { opacity: 0.3, 'text-opacity': 0.5 } },
    { selector: 'node.in-bloc', style: { 'border-width': 5, 'border-color': 'data(blocColour)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'overlay-opacity': 0 } },
    {
      selector: 'edge:selected',
      style: { width: 7, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, 'overlay-opacity': 0 },
    },
    {
      selector: 'node.focus',
      style: { 'border-width': 5, 'border-color': HIGHLIGHT, 'font-weight': 'bold', 'z-index': 20 },
    },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': HIGHLIGHT } },
    {
      selector: 'edge.on-path',
      style: { width: 7, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, 'z-index': 20 },
    },
  ];
}
