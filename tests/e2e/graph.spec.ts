import { expect, isPhone, test } from './fixtures';

// The roadmap graph on a wide screen: the wheel scrolls the page, it does not zoom the graph.
test('the mouse wheel over the graph scrolls the page and leaves the zoom alone', async ({
  page,
}) => {
  test.skip(isPhone(page), 'phones open on the list');
  await page.goto('/roadmap');
  const graph = page.locator('.react-flow').first();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  const before = await zoom();
  const box = (await graph.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
  expect(await zoom()).toBeCloseTo(before, 5);
  // A node does not move when dragged: at most the whole canvas pans, so the gap between two
  // nodes stays the same.
  const nodes = page.locator('.react-flow__node');
  const gap = async () => {
    const [a, b] = [(await nodes.nth(0).boundingBox())!, (await nodes.nth(1).boundingBox())!];
    return { dx: Math.round(b.x - a.x), dy: Math.round(b.y - a.y) };
  };
  const gapBefore = await gap();
  const at = (await nodes.first().boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + at.width / 2 + 120, at.y + at.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  expect(await gap()).toEqual(gapBefore);
});
