// GraphML of who engaged whom (for Gephi): actors are nodes, each pair an undirected edge weighted
// by the engagements they shared.
import type { Exporter } from './index.js';
import { network } from '../queries.js';

const xml = (s: unknown): string =>
  String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export const exportGraphml: Exporter = async (db, filters, out, registry) => {
  const { nodes, edges } = network(db, filters, registry);
  await out.write(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="role" for="node" attr.name="role" attr.type="string"/>
  <key id="affiliation" for="node" attr.name="affiliation" attr.type="string"/>
  <key id="registry_id" for="node" attr.name="registry_id" attr.type="string"/>
  <key id="engagements" for="node" attr.name="engagements" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="first" for="edge" attr.name="first" attr.type="string"/>
  <key id="last" for="edge" attr.name="last" attr.type="string"/>
  <graph id="parley" edgedefault="undirected">
`);
  for (const n of nodes) {
    await out.write(`    <node id="${xml(n.id)}"><data key="label">${xml(n.name ?? n.role ?? n.id)}</data><data key="role">${xml(n.role)}</data><data key="affiliation">${xml(n.affiliation)}</data><data key="registry_id">${xml(n.registry_id)}</data><data key="engagements">${n.weight}</data></node>\n`);
  }
  let k = 0;
  for (const e of edges) {
    await out.write(`    <edge id="x${++k}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data><data key="first">${xml(e.first)}</data><data key="last">${xml(e.last)}</data></edge>\n`);
  }
  await out.write('  </graph>\n</graphml>\n');
  return edges.length;
};
