import { StatusBadge } from '@/features/roadmap/status-badge';
import type { StepStatus } from '@/domain/roadmap';

const statuses: StepStatus[] = ['held', 'required', 'recommended', 'optional', 'not-needed'];

// Drawn in currentColor, not with stylesheet strokes: the downloaded image (html-to-image)
// keeps an element's colour but not the CSS of an SVG's children.
function LineSample({ dashed }: { dashed: boolean }) {
  return (
    <svg
      width="44"
      height="12"
      aria-hidden="true"
      focusable="false"
      className={`graph-legend-sample${dashed ? ' graph-legend-sample--dashed' : ''}`}
    >
      <line
        x1="2"
        y1="6"
        x2="34"
        y2="6"
        stroke="currentColor"
        strokeWidth={dashed ? 1.5 : 2}
        strokeDasharray={dashed ? '6 5' : undefined}
      />
      <path d="M33 1l8 5-8 5z" fill="currentColor" />
    </svg>
  );
}

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
          <LineSample dashed={false} />
          Official prerequisite
        </li>
        <li>
          <LineSample dashed />
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
