import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { extensionOfLanguage, isTypeScriptLanguage, normalizeLanguage } from '../../code-check/languages';
import { fenceAttributes, optsOut } from '../../code-check/meta';
import { code, ruleUrl } from '../messages';
import { parsedFacts, type Options } from './options';

/**
 * `docs:code-title`: every TypeScript fence (`ts`, `typescript`, `tsx`, `mts`, `cts`) names the file
 * of the guide's app it belongs in, `title="path/in/app.ts"`, so the code check (`src/code-check`)
 * composes the guide's fences into one app whose files import each other by path. A fence that opts
 * out of the code check with a reason (`nocheck="why"`) needs no title. Title and opt-out are read
 * exactly as the code check reads them (`fenceAttributes`).
 */
const remarkLintDocsCodeTitle = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:code-title', url: ruleUrl('code-title') },
  (_tree, file) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    for (const fence of facts.fences) {
      const language = normalizeLanguage(fence.lang);
      if (!isTypeScriptLanguage(language)) {
        continue;
      }
      const { title, nocheck } = fenceAttributes(fence.meta);
      if (title !== undefined || optsOut(nocheck)) {
        continue;
      }
      const example = `title="path/in/app${extensionOfLanguage(language)}"`;
      const bareNocheck = nocheck === true ? ` (a bare ${code('nocheck')} opts nothing out: it needs a reason)` : '';
      file.message(
        `TypeScript fence (${code(fence.lang ?? '')}) has no title${bareNocheck}; add ${code(example)} naming the file this code goes in, so the code check can compose the guide's app`,
        { place: fence.position },
      );
    }
  },
);

export default remarkLintDocsCodeTitle;
