import { StatusBadge } from '@/features/roadmap/status-badge';
import type { StepStatus } from '@/domain/roadmap';

const statuses: StepStatus[] = ['held', 'required', 'recommended', 'optional', 'not-needed'];

/** What the node badges and the two edge styles mean. */
export function GraphLegend() {
  return (
    <div className="graph-legend">
      <h3 className="graph-legend-title">Legend</h3>
      <ul className="graph-legend-list" aria-label="Statuses">
        {statuses.map((status) => (
          <li key={status}>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      <ul className="graph-legend-list" aria-label="Connections">
        <li>
          <svg width="44" height="12" aria-hidden="true" focusable="false">
            <line x1="2" y1="6" x2="34" y2="6" className="graph-legend-line" />
            <path d="M33 1l8 5-8 5z" className="graph-legend-arrow" />
          </svg>
          Official prerequisite
        </li>
        <li>
          <svg width="44" height="12" aria-hidden="true" focusable="false">
            <line
              x1="2"
              y1="6"
              x2="34"
              y2="6"
              className="graph-legend-line graph-legend-line--dashed"
            />
            <path d="M33 1l8 5-8 5z" className="graph-legend-arrow graph-legend-arrow--muted" />
          </svg>
          Recommended order
        </li>
        <li>
          <span className="graph-legend-junction" aria-hidden="true">
            one of
          </span>
          Any one of the exams leading in
        </li>
      </ul>
    </div>
  );
}
