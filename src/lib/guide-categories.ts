/**
 * The kinds of application a guide can be for, in the order the sidebar and the gallery show them.
 * A guide names one with `sidebar_custom_props.category`; the label is English and translated
 * through the sidebar's translation file like any other category label.
 */
export const guideCategories = [
  { id: 'traditional-web', label: 'Traditional web apps' },
  { id: 'single-page', label: 'Single-page apps' },
  { id: 'native', label: 'Native and browser-extension apps' },
  { id: 'backend', label: 'Backend and server apps' },
] as const;

/** A category id, as written in a guide's front matter. */
export type GuideCategoryId = (typeof guideCategories)[number]['id'];

/** The category ids, for validation. */
export const guideCategoryIds: readonly string[] = guideCategories.map((category) => category.id);
