import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/** One item of a sidebar, as `SidebarsConfig` accepts it. */
export type SidebarItem = Extract<SidebarsConfig[string], unknown[]>[number];

/** The shape of the items typedoc-docusaurus-theme writes to `typedoc-sidebar.cjs`. */
export type GeneratedItem =
  | { type: 'doc'; id: string; label: string; className?: string }
  | { type: 'category'; label: string; items: GeneratedItem[]; link?: { type: 'doc'; id: string } };

/**
 * Gives every generated item a translation key unique in the sidebar: the SDKs re-export the same
 * names (`LogtoError`, `Prompt`, "Type Aliases"), and Docusaurus refuses duplicate label keys.
 */
export function withUniqueKeys(items: readonly GeneratedItem[], scope: string): SidebarItem[] {
  return items.map((item): SidebarItem =>
    item.type === 'doc'
      ? { ...item, key: item.id }
      : { ...item, key: `${scope}/${item.label}`, items: withUniqueKeys(item.items, `${scope}/${item.label}`) },
  );
}
