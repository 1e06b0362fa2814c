import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from '@/app/router';

/** The whole app: one browser router over the shell and its lazily loaded pages. */
export function App() {
  // Created once per mount, not at import time, so tests and HMR get a fresh router.
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}
