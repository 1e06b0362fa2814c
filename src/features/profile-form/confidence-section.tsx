import type { Catalog } from '@/domain/catalog-model';
import type { Confidence, SkillsArea } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import type { Plan } from '@/store/use-plan';
import { confidenceOptions } from '@/features/profile-form/options';

function AreaChoice({ area, hours }: { area: SkillsArea; hours: number | undefined }) {
  const value = useAppStore((s) => s.profile.areaConfidence[area.id] ?? 'some');
  const all = useAppStore((s) => s.profile.areaConfidence);
  const setField = useAppStore((s) => s.setProfileField);
  const set = (level: Confidence) => setField('areaConfidence', { ...all, [area.id]: level });
  return (
    <fieldset className="area-choice">
      <legend>
        {area.name}{' '}
        <span className="muted area-weight">
          {area.weight.min}–{area.weight.max}% of the exam
          {hours !== undefined && `, about ${Math.round(hours)} hours for you`}
        </span>
      </legend>
      <div className="area-options">
        {confidenceOptions.map((option) => (
          <label key={option.value} className="area-option">
            <input
              type="radio"
              name={`confidence-${area.id}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => set(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Optional confidence per skills area of the core exam; collapsed because most people skip it. */
export function ConfidenceSection({ catalog, plan }: { catalog: Catalog; plan: Plan }) {
  // The exam the engine splits hours for: the scheduled core exam (AI-103 for someone who
  // holds the retired AI-102), else the held one.
  const coreCode = plan.studyPlan.coreAreasCode ?? plan.roadmap.coreCode;
  const areas = catalog.byCode.get(coreCode)?.skills?.areas ?? [];
  const hoursById = new Map(plan.studyPlan.coreAreas.map((a) => [a.id, a.hours]));

  return (
    <details className="card form-section confidence-section">
      <summary>Confidence per skills area of the core exam (optional)</summary>
      <p className="muted form-section-intro">
        Moves your {coreCode} study hours toward the areas you know least. Leave an area at “Some”
        if unsure.
      </p>
      {areas.length === 0 ? (
        <p className="muted">The catalogue has no skills outline for {coreCode}.</p>
      ) : (
        <div className="form-stack">
          {areas.map((area) => (
            <AreaChoice key={area.id} area={area} hours={hoursById.get(area.id)} />
          ))}
        </div>
      )}
    </details>
  );
}
