import type { ViewMode } from '@/features/roadmap/use-view-mode';

interface RoadmapToolbarProps {
  view: ViewMode;
  onViewChange: (view: ViewMode) => void;
  showAll: boolean;
  onShowAllChange: (show: boolean) => void;
}

const views: { mode: ViewMode; label: string }[] = [
  { mode: 'graph', label: 'Graph' },
  { mode: 'list', label: 'List' },
];

/** Graph / List switch and the "show all certifications" filter. */
export function RoadmapToolbar({
  view,
  onViewChange,
  showAll,
  onShowAllChange,
}: RoadmapToolbarProps) {
  return (
    <div className="roadmap-toolbar">
      <div className="segmented" role="group" aria-label="Roadmap view">
        {views.map(({ mode, label }) => (
          <button
            key={mode}
            type="button"
            className="segmented-button"
            aria-pressed={view === mode}
            onClick={() => onViewChange(mode)}
          >
            {label}
          </button>
        ))}
      </div>
      <label className="roadmap-show-all">
        <input
          type="checkbox"
          checked={showAll}
          onChange={(e) => onShowAllChange(e.target.checked)}
        />
        Show all certifications
      </label>
    </div>
  );
}
