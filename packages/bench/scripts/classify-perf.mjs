#!/usr/bin/env node
/**
 * Where a process's CPU goes by V8 activity and thread (docs/scale.md, "Worker compilation, session 22"):
 *
 *   perf record -F 999 -g -o run.data -- node packages/bench/dist/bench.js --measure <corpus dir> 2 false false
 *   perf script -i run.data -F comm,tid,ip,sym | node packages/bench/scripts/classify-perf.mjs
 *
 * Each sample is filed under the outermost frame of its call chain that names a V8 activity: TurboFan,
 * Maglev, Sparkplug, compiling a script (top-level code, a module) or a function on its first call
 * (parsing and bytecode: what a V8 code cache holds), garbage collection; else under JSON, else "other"
 * (JavaScript, builtins and the runtime). A thread is an article worker when a Node worker started it,
 * a V8 platform thread (TurboFan jobs, concurrent marking) when Node's platform pool did.
 */
import { createInterface } from 'node:readline';

const ACTIVITIES = [
  [
    'turbofan',
    /v8::internal::compiler::|OptimizedCompilationJob|TurbofanCompilationJob|OptimizingCompileDispatcher/,
  ],
  ['maglev', /v8::internal::maglev::/],
  ['sparkplug', /v8::internal::baseline::|BaselineBatchCompiler|Compiler::CompileBaseline/],
  [
    'gc',
    /v8::internal::(Heap::|Scavenger|MarkCompactCollector|ConcurrentMarking|Sweeper|MinorMarkCompact|IncrementalMarking|MarkingVisitor|ArrayBufferSweeper|GlobalHandles::|Evacuat|PointersUpdating)|cppgc::/,
  ],
  ['compile function', /Runtime_CompileLazy|Compiler::Compile\(.*SharedFunctionInfo/],
  [
    'compile script',
    /GetSharedFunctionInfoForScript|ScriptCompiler::Compile|CompileUnbound|GetFunctionFromEval|GetFunctionFromString|CompileFunction|ModuleWrap::New|ContextifyScript::New|BackgroundCompileTask/,
  ],
];
const LEAF = [
  ['compile function', /v8::internal::(Parser|PreParser|ParserBase|Scanner|parsing::)|interpreter::Bytecode/],
  ['json', /JsonParser|JsonStringifier/],
];

function activity(frames) {
  for (let i = frames.length - 1; i >= 0; i--)
    for (const [name, re] of ACTIVITIES) if (re.test(frames[i])) return name;
  for (const f of frames) for (const [name, re] of LEAF) if (re.test(f)) return name;
  return 'other';
}

function threadKind(frames) {
  const root = frames.slice(-8).join(' ');
  if (/PlatformWorkerThread|WorkerThreadsTaskRunner|DelayedTaskScheduler/.test(root)) return 'V8 platform';
  if (frames.some((f) => /node::worker::Worker::(StartThread|Run)/.test(f))) return 'Node worker';
  if (/node::Start|__libc_start/.test(root)) return 'main';
  return null;
}

/** thread id → { kind counts, activity counts } */
const threads = new Map();
let frames = null;
let tid = 0;
function flush() {
  if (!frames) return;
  const t = threads.get(tid) ?? { kinds: new Map(), acts: new Map(), n: 0 };
  const k = threadKind(frames);
  if (k) t.kinds.set(k, (t.kinds.get(k) ?? 0) + 1);
  const a = activity(frames);
  t.acts.set(a, (t.acts.get(a) ?? 0) + 1);
  t.n++;
  threads.set(tid, t);
  frames = null;
}
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) flush();
  else if (!/^\s/.test(line)) {
    flush();
    tid = Number(line.trim().split(/\s+/)[1]);
    frames = [];
  } else frames?.push(line.trim().replace(/^\S+\s+/, ''));
}
flush();

const add = (into, from) => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
};
const top = (m) => [...m].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'unclassified';
const groups = new Map([['all threads', new Map()]]);
for (const t of threads.values()) {
  // by the kind most of its samples show (Node workers include the publish threads)
  const kind = top(t.kinds);
  if (!groups.has(kind)) groups.set(kind, new Map());
  add(groups.get(kind), t.acts);
  add(groups.get('all threads'), t.acts);
}
for (const [kind, acts] of groups) {
  const n = [...acts.values()].reduce((x, y) => x + y, 0);
  const parts = [...acts].sort((x, y) => y[1] - x[1]).map(([a, c]) => `${a} ${((c / n) * 100).toFixed(1)}%`);
  console.log(`${kind}: ${n} samples: ${parts.join(', ')}`);
}
