// inclusive time per function (source-mapped) from a CPU profile saved as /tmp/prof.json
import { readFileSync } from 'node:fs';
const dir = process.argv[2]; const profile = JSON.parse(readFileSync('/tmp/prof.json', 'utf8'));
const { SourceMapConsumer } = (await import('source-map-js')).default;
const maps = {}; const consumer = (url) => { const f = url.split('/').pop(); if (!(f in maps)) { try { maps[f] = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/_astro/${f}.map`, 'utf8'))); } catch { maps[f] = null; } } return maps[f]; };
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => { const cf = n.callFrame; let key = (cf.url.split('/').pop() || '') + ' ' + cf.functionName; const c = cf.url && consumer(cf.url); if (c) { const p = c.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber }); if (p.source) key = p.source.replace(/.*node_modules\//, '').replace(/.*work\/main\//, '') + ':' + p.line + ' ' + (p.name ?? cf.functionName); } return key; };
const names = new Map(); const nm = (id) => { if (!names.has(id)) names.set(id, name(byId.get(id))); return names.get(id); };
const incl = {};
for (let i = 0; i < profile.samples.length; i++) { const dt = (profile.timeDeltas[i] ?? 0) / 1000; const seen = new Set(); let id = profile.samples[i]; while (id !== undefined) { const k = nm(id); if (!seen.has(k)) { seen.add(k); incl[k] = (incl[k] ?? 0) + dt; } id = parent.get(id); } }
const filt = new RegExp(process.argv[3] ?? '.');
for (const [k, v] of Object.entries(incl).filter(([k]) => filt.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1).padStart(7), k);
