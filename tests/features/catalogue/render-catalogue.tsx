import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import CataloguePage from '@/features/catalogue/catalogue-page';
import CertPage from '@/features/catalogue/cert-page';

/** The two catalogue routes in memory, starting at `path`. */
export function renderCatalogue(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/certs', element: <CataloguePage /> },
      { path: '/certs/:code', element: <CertPage /> },
    ],
    { initialEntries: [path] },
  );
  return { ...render(<RouterProvider router={router} />), router };
}
