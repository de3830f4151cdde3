import fs from 'node:fs/promises';
import { createElement } from 'react';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { subsetsFor, type FontSubset } from './fonts';

/** Size of a card: the 1.91:1 image that Open Graph and X (`summary_large_image`) show. */
export const cardSize = { width: 1200, height: 630 } as const;

/** What a card shows. */
export type CardContent = {
  /** The page title, in the page's language. */
  readonly title: string;
  /** The site's name, above the title. */
  readonly siteTitle: string;
  /** The site's host, at the bottom. */
  readonly host: string;
  /** The locale of the title: Korean wraps between words, Chinese and Japanese between characters. */
  readonly locale: string;
};

/** The card as a tree satori lays out (flexbox); text wraps and long titles are clamped. */
function cardTree(content: CardContent, fontFamily: string) {
  return createElement(
    'div',
    {
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        boxSizing: 'border-box',
        background: 'linear-gradient(135deg, #161523 0%, #2d1f6e 100%)',
        color: '#ffffff',
        fontFamily,
      },
    },
    createElement('div', { style: { display: 'flex', fontSize: 36, color: '#c9bbff', fontWeight: 700 } }, content.siteTitle),
    createElement(
      'div',
      {
        style: {
          display: 'block',
          width: cardSize.width - 160,
          fontSize: 68,
          lineHeight: 1.25,
          fontWeight: 700,
          lineClamp: 4,
          wordBreak: content.locale.startsWith('ko') ? 'keep-all' : 'normal',
        },
      },
      content.title,
    ),
    createElement('div', { style: { display: 'flex', fontSize: 28, color: '#a9a6c2' } }, content.host),
  );
}

/** Font files are shared by many cards; read each once per process. */
const fontData = new Map<string, Promise<Buffer>>();

/**
 * Renders a card to PNG without a browser or the network: satori lays the card out into SVG with
 * only the font subsets its text needs (in order of preference), resvg rasterizes it.
 */
export async function renderCard(content: CardContent, subsets: readonly FontSubset[]): Promise<Buffer> {
  const needed = subsetsFor(`${content.siteTitle}${content.title}${content.host}`, subsets);
  // One family name per subset: satori keeps a single font per name, and falls back along `fontFamily`.
  const fonts = await Promise.all(
    needed.map(async (subset, index) => {
      if (!fontData.has(subset.file)) {
        fontData.set(subset.file, fs.readFile(subset.file));
      }
      return { name: `Card ${index}`, data: await fontData.get(subset.file)!, weight: 700 as const, style: 'normal' as const };
    }),
  );
  const fontFamily = fonts.map((font) => `'${font.name}'`).join(', ');
  const svg = await satori(cardTree(content, fontFamily), { ...cardSize, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width } }).render().asPng();
}
