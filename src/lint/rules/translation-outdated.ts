import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { markCurrentCommand } from '../../i18n-status/format';
import { markerLine, markerMatches } from '../../i18n-status/marker';
import { defaultLocale } from '../../lib/locales';
import { code, ruleUrl } from '../messages';
import type { Options } from './options';

/** A path as a shell word: quoted when it holds anything but the characters a shell leaves alone. */
const shellWord = (value: string): string => (/^[\w./@%+=:,-]+$/u.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`);

/**
 * `docs:translation-outdated` (warning by default): a translation whose `i18n-source` marker does not
 * name the current hash of its English source, or that has no marker. The comparison is the one
 * `npm run i18n:status` makes (`src/i18n-status`), on the hash and marker each file recorded when it
 * was parsed.
 */
const remarkLintDocsTranslationOutdated = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:translation-outdated', url: ruleUrl('translation-outdated') },
  (_tree, file, options) => {
    const facts = file.data.docsFacts;
    const { site } = options;
    // Files in an unknown locale or without an English source are `docs:orphan-translation`'s.
    if (!facts || facts.content.locale === defaultLocale || !site.config.locales.includes(facts.content.locale)) {
      return;
    }
    const { relative, sourceRelative } = facts.content;
    const sourceHash = site.facts(sourceRelative)?.sourceHash;
    if (sourceHash === undefined) {
      return;
    }
    const marker = facts.sourceMarker;
    const fix = `compare with ${sourceRelative} and run ${code(`${markCurrentCommand} ${shellWord(relative)}`)} once reviewed`;
    if (!marker) {
      file.message(`No i18n-source marker, so the English version it was translated from is unknown; ${fix}`, {
        place: { line: 1, column: 1 },
      });
    } else if (marker.hash === undefined) {
      file.message(
        `Malformed i18n-source marker (expected ${code(markerLine('sha256-<hex>'))}), so the English version it was translated from is unknown; ${fix}`,
        { place: marker.position },
      );
    } else if (!markerMatches(marker.hash, sourceHash)) {
      file.message(
        `Translated from an older English version (marker ${code(marker.hash)}, English now ${code(sourceHash)}); ${fix}`,
        { place: marker.position },
      );
    }
  },
);

export default remarkLintDocsTranslationOutdated;
