import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAllLogos } from './render-logos';
import { contrastRatio, luminance } from '../lib/logos';

const siteDir = path.resolve(__dirname, '../..');

describe('logos', () => {
  it('keeps static/img/logos exactly as rendered from simple-icons (run `npm run logos` after a change)', () => {
    const rendered = renderAllLogos(siteDir);
    const committed = fs.readdirSync(path.join(siteDir, 'static/img/logos')).sort();
    expect(committed).toEqual([...rendered.keys()].sort());
    for (const [name, svg] of rendered) {
      expect(fs.readFileSync(path.join(siteDir, 'static/img/logos', name), 'utf8'), name).toBe(svg);
    }
  });

  it('renders the black Next.js mark white on the dark theme', () => {
    const rendered = renderAllLogos(siteDir);
    expect(rendered.get('nextjs.svg')).toContain('fill="#000000"');
    expect(rendered.get('nextjs-dark.svg')).toContain('fill="#ffffff"');
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio(luminance('000000'), luminance('ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(luminance('777777'), luminance('ffffff'))).toBeCloseTo(4.48, 2);
  });
});
