import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startStaticServer } from './scripts/bench/staticServer.mjs';
import { payloads } from './scripts/bench/payloads.mjs';
const dir = process.argv[2] ?? 'dist';
const server = await startStaticServer({ '/': dir, '/__baselines/': 'bench-results/baselines' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, permissions: ['clipboard-read', 'clipboard-write'] });
const page = await ctx.newPage(); page.on('console', (m) => console.log('console:', m.text().slice(0, 200))); page.on('pageerror', (e) => console.log('pageerror:', String(e).slice(0, 300)));
await page.addInitScript(() => { const W = window.Worker; window.__wlog = []; const qm = window.queueMicrotask; window.queueMicrotask = (cb) => { const q = performance.now(); qm(() => { const t = performance.now(); try { cb(); } finally { if (window.__p?.at) window.__wlog.push('mt queued ' + q.toFixed(0) + ' ran ' + t.toFixed(0) + ' took ' + (performance.now() - t).toFixed(0)); } }); }; const pm0 = performance.mark.bind(performance); performance.mark = (n, ...r) => { window.__wlog.push('mark ' + n + ' ' + performance.now().toFixed(0)); return pm0(n, ...r); }; window.Worker = class extends W { constructor(...a) { super(...a); window.__wlog.push('new ' + performance.now().toFixed(0) + ' ' + String(a[0]).slice(-40)); const pm = this.postMessage.bind(this); this.postMessage = (m, ...r) => { window.__wlog.push('post ' + performance.now().toFixed(0)); return pm(m, ...r); }; this.addEventListener('message', () => window.__wlog.push('answer ' + performance.now().toFixed(0))); } }; });
await page.goto(server.origin + (process.env.URLP ?? '/playground/'));
await page.waitForSelector('.monaco-editor .view-line');
await page.waitForTimeout(1500);
await page.evaluate((v) => navigator.clipboard.writeText(v), payloads.unknownKeys(1024 * 1024));
await page.locator('.monaco-editor .view-lines').click();
await page.keyboard.press('Control+A');
const cdp = await ctx.newCDPSession(page);
const prof = process.env.PROF;
if (prof) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
else await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
await page.evaluate(() => { window.__p = {}; document.addEventListener('paste', () => (window.__p.at = performance.now()), { capture: true, once: true }); });
console.log('worker before paste:', await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('Worker')).map((r) => r.name + '@' + r.startTime.toFixed(0)).join(' ')));
await page.keyboard.press('Control+V');
if (process.env.URLP) await page.waitForTimeout(1500); else await page.waitForFunction(() => window.__p.at && performance.getEntriesByName('playground-verdict').some((m) => m.startTime > window.__p.at), null, { timeout: 30000 });
if (!prof) await page.waitForTimeout(300);
if (!process.env.URLP) console.log('paste at', await page.evaluate(() => window.__p.at.toFixed(0)), await page.evaluate(() => window.__wlog.join(' | ')));
if (process.env.MARKS && !process.env.URLP) console.log(await page.evaluate(() => performance.getEntriesByName('playground-verdict').filter((m) => m.startTime > window.__p.at).map((m) => (m.startTime - window.__p.at).toFixed(0)).join(' ')));
const r = process.env.URLP ? { verdict: 0 } : await page.evaluate(() => { const v = performance.getEntriesByName('playground-verdict').find((m) => m.startTime > window.__p.at); return { at: window.__p.at, verdict: v.startTime - window.__p.at }; });
console.log('paste->verdict', r.verdict.toFixed(0));
if (prof) {
  var stopped = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/prof.json', JSON.stringify(stopped.profile));
  const { profile } = stopped;
  const { SourceMapConsumer } = (await import('source-map-js')).default;
  const maps = {};
  const consumer = (url) => { const f = url.split('/').pop(); if (!(f in maps)) { try { maps[f] = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/_astro/${f}.map`, 'utf8'))); } catch { maps[f] = null; } } return maps[f]; };
  const dt = {}; for (let i = 0; i < profile.samples.length; i++) dt[profile.samples[i]] = (dt[profile.samples[i]] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  const self = {};
  for (const n of profile.nodes) { const t = dt[n.id]; if (!t) continue; const cf = n.callFrame; let key = (cf.url.split('/').pop() || '') + ' ' + cf.functionName; const c = cf.url && consumer(cf.url); if (c) { const p = c.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber }); if (p.source) key = p.source.replace(/.*node_modules\//, '').replace(/.*work\/main\//, '') + ':' + p.line + ' ' + (p.name ?? ''); } self[key] = (self[key] ?? 0) + t; }
  for (const [k, v] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(7), k);
} else {
  await browser.stopTracing();
}
await browser.close(); await server.close();
