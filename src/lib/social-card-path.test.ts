import { describe, expect, it } from 'vitest';
import { socialCardPathOf } from './social-card-path';

describe('socialCardPathOf', () => {
  it('puts each page’s card below the locale, named after its route', () => {
    expect(socialCardPathOf('/', '/')).toBe('/img/social-cards/index.png');
    expect(socialCardPathOf('/quick-starts/next-app-router', '/')).toBe('/img/social-cards/quick-starts/next-app-router.png');
    expect(socialCardPathOf('/ko/', '/ko/')).toBe('/img/social-cards/index.png');
    expect(socialCardPathOf('/ko/quick-starts/next', '/ko/')).toBe('/img/social-cards/quick-starts/next.png');
  });
});
