// What only Chromium can emulate here: forced colours, small and zoomed
// windows, and contrast measured on the rendered card.
import { expect, test } from './fixtures';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted } from './support/walk';

test('forced colours: ring and card use system colours and stay visible', async ({ portal }) => {
  const page = await portal.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(routeUrl('uman-groups', 'nl'));
  await expectHighlighted(page, 'employer-group');
  const colours = await page.evaluate(() => {
    const root = document.querySelector('csam-guide-overlay')!.shadowRoot!;
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.appendChild(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    const ring = getComputedStyle(root.querySelector('[data-testid="highlight"]')!);
    const card = root.querySelector('[data-testid="step-card"]')!;
    return { highlight, ring: ring.borderTopColor, ringWidth: ring.borderTopWidth, cardVisible: card.getBoundingClientRect().width > 0 };
  }, null);
  expect(colours.ring).toBe(colours.highlight);
  expect(colours.ringWidth).toBe('3px');
  expect(colours.cardVisible).toBe(true);
  await page.screenshot('test-results/forced-colours-nl.png');
});

test('a 360 px wide window and 200 % zoom: the card fits and never covers the target', async ({ portal }) => {
  const page = await portal.newPage();
  for (const size of [
    { width: 360, height: 740 },
    { width: 640, height: 430 }, // 1280 × 860 at 200 %
  ]) {
    await page.setViewport(size);
    await page.goto(routeUrl('csam-service', 'fr'));
    await expectHighlighted(page, 'manage-access');
    const fit = await page.evaluate(() => {
      const root = document.querySelector('csam-guide-overlay')!.shadowRoot!;
      const card = root.querySelector('[data-testid="step-card"]')!.getBoundingClientRect();
      const target = document.querySelector('[data-expect="target"]')!.getBoundingClientRect();
      const overlaps = card.left < target.right && card.right > target.left && card.top < target.bottom && card.bottom > target.top;
      return { inside: card.left >= 0 && card.right <= innerWidth + 0.5, overlaps };
    }, null);
    expect(fit, JSON.stringify(size)).toEqual({ inside: true, overlaps: false });
  }
});

test('card text has at least 4.5:1 contrast', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('csam-home', 'fr'));
  await expectHighlighted(page, 'open-service');
  const ratios = await page.evaluate(() => {
    const parse = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const root = document.querySelector('csam-guide-overlay')!.shadowRoot!;
    const bg = lum(parse(getComputedStyle(root.querySelector('[data-testid="step-card"]')!).backgroundColor));
    return ['.card__step', '.card__sentence', '.card__toggle'].map((sel) => {
      const fg = lum(parse(getComputedStyle(root.querySelector(sel)!).color));
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
  }, null);
  for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
});

test('the ring never moves by itself, with or without reduced motion (calm, and no repaint every frame)', async ({ portal }) => {
  const page = await portal.newPage();
  for (const motion of ['no-preference', 'reduce'] as const) {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto(routeUrl('csam-home', 'nl'));
    await expectHighlighted(page, 'open-service');
    const running = await page.evaluate(() => document.querySelector('csam-guide-overlay')!.shadowRoot!.getAnimations().length, null);
    expect(running).toBe(0);
  }
});
