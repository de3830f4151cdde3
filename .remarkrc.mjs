// remark-cli and the remark language server pick this up: the docs checker (src/lint) as a preset.
// `npx remark --ext md,mdx --frail docs fragments i18n` runs it; `npm run lint:docs` is the fast path.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';

// The checker is TypeScript compiled as CommonJS (the package has no "type"): tsx's require hook
// lets plain Node (remark-cli, editors) load it.
register();
const require = createRequire(import.meta.url);
const { createRemarkConfig } = require('./src/lint/remarkrc.ts');

export default createRemarkConfig(fileURLToPath(new URL('.', import.meta.url)));
