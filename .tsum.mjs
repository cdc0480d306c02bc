import { readFileSync } from 'node:fs';
const t = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/trace.json', 'utf8'));
const ev = t.traceEvents ?? t;
// main renderer thread: find CrRendererMain
const names = ev.filter(e => e.name === 'thread_name');
const main = names.filter(e => e.args?.name === 'CrRendererMain').map(e => `${e.pid}:${e.tid}`);
const paste = ev.find(e => e.name === 'EventDispatch' && e.args?.data?.type === 'paste');
const t0 = paste ? paste.ts : 0;
const agg = {};
for (const e of ev) {
  if (e.ph !== 'X' || !main.includes(`${e.pid}:${e.tid}`) || e.ts < t0) continue;
  if (!['Layout','UpdateLayoutTree','Paint','PrePaint','Layerize','RunTask','FunctionCall','EventDispatch','MajorGC','MinorGC','V8.GC_MARK_COMPACTOR','ParseHTML','HitTest','IntersectionObserverController::computeIntersections','ScrollLayer','UpdateLayer','Commit','V8.ScavengeTask','BlinkGC.AtomicPhase','FireAnimationFrame','TimerFire','RunMicrotasks','v8.run'].includes(e.name)) continue;
  if (e.ts > t0 + 600000) continue;
  const k = e.name; agg[k] ??= { n: 0, ms: 0, list: [] }; agg[k].n++; agg[k].ms += e.dur / 1000; agg[k].list.push(((e.ts - t0)/1000).toFixed(0)+':'+(e.dur/1000).toFixed(1));
}
for (const [k, v] of Object.entries(agg).sort((a,b)=>b[1].ms-a[1].ms)) console.log(k.padEnd(30), v.n, v.ms.toFixed(1), v.list.filter(x=>+x.split(':')[1]>2).slice(0,12).join(' '));
