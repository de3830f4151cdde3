import type { PropSidebarItem } from '@docusaurus/plugin-content-docs';

/** One guide card of the gallery. */
export type GuideCard = {
  readonly label: string;
  readonly href: string;
  readonly description: string;
  readonly logoFilename?: string;
  readonly darkLogoFilename?: string;
};

/** One group of cards: a kind of application. */
export type GuideGroup = {
  readonly id: string;
  readonly label: string;
  readonly guides: readonly GuideCard[];
};

const stringProp = (props: Record<string, unknown> | undefined, key: string): string | undefined => {
  const value = props?.[key];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Builds the gallery's groups from the quick-starts sidebar category: each child category is a
 * kind of application, each link in it a guide with its `sidebar_custom_props`.
 */
export function groupsFromSidebar(items: readonly PropSidebarItem[]): GuideGroup[] {
  return items.flatMap((item): GuideGroup[] => {
    if (item.type !== 'category') {
      return [];
    }
    const guides = item.items.flatMap((child): GuideCard[] => {
      if (child.type !== 'link') {
        return [];
      }
      const logoFilename = stringProp(child.customProps, 'logoFilename');
      const darkLogoFilename = stringProp(child.customProps, 'darkLogoFilename');
      return [
        {
          label: child.label,
          href: child.href,
          description: stringProp(child.customProps, 'description') ?? '',
          ...(logoFilename && { logoFilename }),
          ...(darkLogoFilename && { darkLogoFilename }),
        },
      ];
    });
    const id = stringProp(item.customProps, 'categoryId') ?? item.label;
    return [{ id, label: item.label, guides }];
  });
}

/**
 * Folds case, width and accents so "react" finds "Réact" and a full-width "ｒｅａｃｔ" typed with a
 * CJK input method finds "React"; re-composes afterwards so Hangul syllables stay whole.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{Mn}/gu, '').normalize('NFC').toLocaleLowerCase();
}

/**
 * Keeps the guides whose name, description or group matches every word of the query (in any
 * order); groups left empty are dropped. An empty query keeps everything.
 */
export function filterGroups(groups: readonly GuideGroup[], query: string): GuideGroup[] {
  const words = normalizeForSearch(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) {
    return [...groups];
  }
  return groups.flatMap((group) => {
    const guides = group.guides.filter((guide) => {
      const haystack = normalizeForSearch(`${guide.label} ${guide.description} ${group.label}`);
      return words.every((word) => haystack.includes(word));
    });
    return guides.length > 0 ? [{ ...group, guides }] : [];
  });
}
