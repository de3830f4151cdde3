import { describe, expect, it } from 'vitest';
import type { PropSidebarItem } from '@docusaurus/plugin-content-docs';
import { filterGroups, groupsFromSidebar, normalizeForSearch } from './model';

const sidebar: PropSidebarItem[] = [
  {
    type: 'category',
    label: 'Traditional web apps',
    collapsible: true,
    collapsed: false,
    customProps: { categoryId: 'traditional-web' },
    items: [
      {
        type: 'link',
        label: 'Next.js (App Router)',
        href: '/quick-starts/next-app-router',
        customProps: { description: 'Server actions', logoFilename: 'nextjs.svg', darkLogoFilename: 'nextjs-dark.svg' },
      },
      { type: 'link', label: 'Express', href: '/quick-starts/express', customProps: { description: 'Sessions' } },
    ],
  },
  {
    type: 'category',
    label: 'Single-page apps',
    collapsible: true,
    collapsed: false,
    customProps: { categoryId: 'single-page' },
    items: [{ type: 'link', label: 'Réact', href: '/quick-starts/react', customProps: { description: 'Hooks' } }],
  },
  { type: 'link', label: 'Stray link', href: '/elsewhere' },
];

describe('groupsFromSidebar', () => {
  it('turns sidebar categories into groups of guide cards', () => {
    expect(groupsFromSidebar(sidebar)).toEqual([
      {
        id: 'traditional-web',
        label: 'Traditional web apps',
        guides: [
          {
            label: 'Next.js (App Router)',
            href: '/quick-starts/next-app-router',
            description: 'Server actions',
            logoFilename: 'nextjs.svg',
            darkLogoFilename: 'nextjs-dark.svg',
          },
          { label: 'Express', href: '/quick-starts/express', description: 'Sessions' },
        ],
      },
      {
        id: 'single-page',
        label: 'Single-page apps',
        guides: [{ label: 'Réact', href: '/quick-starts/react', description: 'Hooks' }],
      },
    ]);
  });
});

describe('filterGroups', () => {
  const groups = groupsFromSidebar(sidebar);
  const labels = (query: string) => filterGroups(groups, query).map((group) => [group.id, group.guides.map((guide) => guide.label)]);

  it('keeps everything for an empty or blank query', () => {
    expect(labels('  ')).toEqual([
      ['traditional-web', ['Next.js (App Router)', 'Express']],
      ['single-page', ['Réact']],
    ]);
  });

  it('narrows by name, ignoring case and accents, and drops empty groups', () => {
    expect(labels('react')).toEqual([['single-page', ['Réact']]]);
    expect(labels('NEXT')).toEqual([['traditional-web', ['Next.js (App Router)']]]);
  });

  it('matches every word against name, description and group', () => {
    expect(labels('traditional sessions')).toEqual([['traditional-web', ['Express']]]);
    expect(labels('server hooks')).toEqual([]);
  });

  it('keeps Hangul whole and folds full-width Latin', () => {
    expect(normalizeForSearch('전통적인 웹 App')).toBe('전통적인 웹 app');
    expect(normalizeForSearch('ｒｅａｃｔ')).toBe('react');
    expect(filterGroups(groups, '전통').map((group) => group.id)).toEqual([]);
  });
});
