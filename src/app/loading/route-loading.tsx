import './route-loading.css';

/** Shown in <main> while a page's code (or the saved plan) loads. */
export function RouteLoading({
  label = 'Loading…',
  tall = false,
}: {
  label?: string;
  /** Holds a screen's height, so the footer below moves nothing when the page arrives. */
  tall?: boolean;
}) {
  return (
    <div className={tall ? 'route-loading route-loading--tall' : 'route-loading'} role="status">
      <span className="route-loading-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
