// npx tsx --tsconfig tsconfig.node.json bench/interchange.bench.ts [runs]   (after npm run build)
// Interchange and analysis on the user path, in Chromium through the harness: importing 10,000 W3C
// annotations. Figures to bench/results/interchange.json; `npm run bench` runs the same measures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureInterchange } from './chromium/interchangeMeasure';
import { machineState } from './machineState';

async function main() {
  const runs = Number(process.argv[2] ?? 3);
  const figures = await measureInterchange(runs, (line) => console.log(JSON.stringify(line)));
  writeFileSync(join(__dirname, 'results', 'interchange.json'), `${JSON.stringify({ machine: machineState(), ...figures }, null, 2)}\n`);
}
void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
