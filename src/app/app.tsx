import { BrowserRouter } from 'react-router';
import { AppRoutes } from '@/app/loading/router';

/** The whole app: the browser router over the shell and its lazily loaded pages. */
export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
