// `tsx src/lint/cli.ts`: the docs checker's CLI, run from its bundle like `npm run lint:docs` (see launch.cjs).
import { launch } from './launch.cjs';

launch(process.argv.slice(2)).catch((error: unknown) => {
  // The checker itself never throws (see run-cli.ts); this is a checker that cannot load.
  process.stderr.write(`lint:docs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
