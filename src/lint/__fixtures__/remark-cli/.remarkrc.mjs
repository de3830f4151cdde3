// The repository's `.remarkrc.mjs`, pointed at this fixture site.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { createRemarkConfig } = require('../../remarkrc.ts');

export default createRemarkConfig(fileURLToPath(new URL('.', import.meta.url)));
