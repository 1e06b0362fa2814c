import './route-loading.css';

/** Shown in <main> while a page's code (or the saved plan) loads. */
export function RouteLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="route-loading" role="status">
      <span className="route-loading-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
