import { Link } from 'react-router';
import { Page } from '@/ui/page';
import { applyUpdate } from '@/lib/app-updates';
import './route-error.css';

// A page chunk that failed to download (offline, or a new deploy replaced it): only a
// full reload fetches it again, because React and the browser cache the failure. The reload
// goes to the newest build (a waiting one is applied first), whose files are all there.
const chunkFailure =
  /dynamically imported module|importing a module script failed|error loading dynamically/i;

function describe(error: unknown): { message: string; reload: boolean } {
  if (error instanceof Error) {
    const reload = chunkFailure.test(error.message);
    return {
      message: reload
        ? 'Part of the app could not be downloaded. Check your connection.'
        : error.message,
      reload,
    };
  }
  return { message: String(error), reload: false };
}

interface RouteErrorProps {
  error: unknown;
  onRetry: () => void;
  /** Rendered without the shell around it (the shell itself failed). */
  standalone?: boolean;
}

/** What a route shows when it fails: what went wrong, a retry and a way home. */
export function RouteError({ error, onRetry, standalone = false }: RouteErrorProps) {
  const { message, reload } = describe(error);
  const retry = () => {
    if (reload) void applyUpdate();
    else if (standalone) window.location.reload();
    else onRetry();
  };

  const content = (
    <Page
      title="This page ran into a problem"
      lead="Your saved plan is safe: it stays in this browser. The rest of Certpath still works."
    >
      <div className="callout callout-danger route-error">
        <p>
          <strong>What went wrong:</strong> {message}
        </p>
        <div className="route-error-actions">
          <button type="button" className="button button-primary" onClick={retry}>
            Try again
          </button>
          {standalone ? (
            <a className="button" href="/">
              Go to the home page
            </a>
          ) : (
            <Link className="button" to="/">
              Go to the home page
            </Link>
          )}
        </div>
      </div>
    </Page>
  );

  if (!standalone) return content;
  return (
    <main id="main" tabIndex={-1} className="route-error-standalone">
      {content}
    </main>
  );
}
