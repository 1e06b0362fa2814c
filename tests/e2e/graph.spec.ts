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

/** Whether two boxes share any area. */
const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the graph’s controls never cover a node, at the zoom fit-view gives any width', async ({
  page,
}) => {
  test.skip(isPhone(page), 'phones open on the list');
  for (const width of [1280, 1100, 960]) {
    await page.setViewportSize({ width, height: 800 });
    for (const all of [false, true]) {
      await page.goto('/roadmap?example=developer');
      if (all) await page.getByLabel('Show all certifications').check();
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await page.waitForTimeout(300);
      const controls = [
        ...(await page.locator('.react-flow__controls').all()),
        ...(await page.getByRole('button', { name: 'Download image' }).all()),
      ];
      expect(controls.length).toBe(2);
      for (const node of await page.locator('.react-flow__node').all()) {
        const n = (await node.boundingBox())!;
        for (const control of controls)
          expect(overlaps(n, (await control.boundingBox())!), `${width} px, all: ${all}`).toBe(
            false,
          );
      }
    }
  }
});

test('an any-of prerequisite is drawn as one “one of” junction, not two mandatory arrows', async ({
  page,
}) => {
  test.skip(isPhone(page), 'phones open on the list');
  await page.goto('/roadmap?example=developer');
  await page.getByLabel('Show all certifications').check();
  const junction = page.locator('.roadmap-junction');
  await expect(junction).toHaveText('one of');
  await expect(junction).toHaveAttribute('title', /any one of AZ-104, AZ-204/);
  // Into the junction without an arrow, out of it with one.
  await expect(page.locator('.roadmap-edge--one-of')).not.toHaveCount(0);
  await expect(page.locator('.roadmap-edge--one-of path[marker-end]')).toHaveCount(0);
  await expect(page.getByText('Any one of the exams leading in')).toBeVisible();
});
