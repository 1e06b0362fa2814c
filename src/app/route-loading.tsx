import './route-loading.css';

/** Shown in <main> while a page's code loads for the first time. */
export function RouteLoading() {
  return (
    <div className="route-loading" role="status">
      <span className="route-loading-spinner" aria-hidden="true" />
      Loading…
    </div>
  );
}
