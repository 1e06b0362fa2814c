import { z } from 'zod';
import manifest from '@/routes/routes.json';
import { frameOf, htmlPathFor, routes } from '@/routes/routes';

const entry = z.strictObject({
  path: z.string().regex(/^(\/[a-z:]*)+$|^\*$/),
  module: z.string().regex(/^src\/.+-page\.tsx$/),
  title: z.string().min(1).nullable(),
  frame: z.strictObject({ lead: z.string().min(20) }).optional(),
  each: z.literal('certification').optional(),
  prerenderAs: z.string().startsWith('/').optional(),
  preload: z.array(z.string().regex(/^src\/.+\.tsx?$/)).optional(),
  budgetKB: z.number().positive(),
});

describe('the route manifest (src/routes/routes.json)', () => {
  it('has the shape the router, the prerender, the size budget and ESLint read', () => {
    expect(z.array(entry).safeParse(manifest.routes).error).toBeUndefined();
  });

  it('names each address once and a page module that exists', () => {
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    const pages = Object.keys(import.meta.glob('/src/**/*-page.tsx'));
    for (const r of routes) expect(pages, r.module).toContain(`/${r.module}`);
  });

  it('titles every page, except those the build titles one by one', () => {
    for (const r of routes) expect(r.title === null, r.path).toBe(r.each !== undefined);
  });

  it('gives the pages of the user’s plan a frame, and only them', () => {
    const framed = routes.filter((r) => r.frame).map((r) => r.path);
    expect(framed).toEqual(['/plan', '/roadmap', '/salary', '/compare']);
    expect(frameOf('/salary')).toEqual({
      title: 'Is it worth it?',
      lead: expect.stringContaining('the month the path pays back') as unknown as string,
    });
  });

  it('knows which prerendered page an address is served: its own, or the not-found page', () => {
    expect(htmlPathFor('/')).toBe('/');
    expect(htmlPathFor('/plan')).toBe('/plan');
    expect(htmlPathFor('/certs/AI-102')).toBe('/certs/AI-102');
    // An unknown exam matches /certs/:code: its page renders, not the host's 404.html.
    expect(htmlPathFor('/certs/XX-999')).toBe('/certs/XX-999');
    expect(htmlPathFor('/nowhere')).toBe('/404');
    expect(htmlPathFor('/plan/extra')).toBe('/404');
  });
});
