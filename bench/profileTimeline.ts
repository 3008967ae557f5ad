// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileTimeline.ts [events=2000]
// Opening the timeline of a notebook with N events under the CDP sampling profiler: what the
// window's main thread does between the click and the first card.
import { printProfileOfUserPath } from './chromium/profileUserPath';
import { timelineThroughUi } from './chromium/timelineMeasure';

const count = Number(process.argv[2] ?? 2000);
void printProfileOfUserPath(2, (app) => timelineThroughUi(app, count));
