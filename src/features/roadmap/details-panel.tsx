import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { SourceLink } from '@/ui/source-link';
import { StatusBadge } from '@/features/roadmap/status-badge';
import type { AreaHours } from '@/domain/study-hours';
import { PlannedFacts, SkillAreas } from '@/features/roadmap/details-facts';
import { ExamFacts } from '@/ui/exam-facts';
import { CertLinks } from '@/shared/certs/cert-links';
import { certName, prerequisiteLines } from '@/features/roadmap/step-info';
import type { StepInfo } from '@/features/roadmap/step-info';
import './details-panel.css';

interface DetailsPanelProps {
  info: StepInfo;
  coreAreas: AreaHours[];
  onClose: () => void;
}

/** The selected step: why it is here, exam facts, skills, dates and sources. */
export function DetailsPanel({ info, coreAreas, onClose }: DetailsPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const { step, cert } = info;

  // Focus moves into the panel whenever a (new) step opens, so keyboard users land on it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [step.code]);

  // Escape inside the panel closes it, like a dialog, while the page around stays usable.
  useEffect(() => {
    const panel = panelRef.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    panel?.addEventListener('keydown', onKeyDown);
    return () => panel?.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const prerequisites = prerequisiteLines(cert);
  const sources = cert
    ? [...new Set([cert.exam.source, cert.validity.source, ...cert.sources])]
    : [];

  return (
    <section className="details-panel card" aria-labelledby="details-title" ref={panelRef}>
      <div className="details-head">
        <h2 id="details-title" ref={headingRef} tabIndex={-1}>
          {step.code} <span className="details-name">{certName(info)}</span>
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close details
        </button>
      </div>
      <p className="details-status">
        <StatusBadge status={step.status} />
        {step.replaces && (
          <span>Replaces {step.replaces}, which is retired by your exam date.</span>
        )}
        {cert?.status.successor && !step.replaces && (
          <span>Successor: {cert.status.successor}</span>
        )}
      </p>
      <h3>Why</h3>
      <p>{step.reason}</p>
      {step.basisSourceId && (
        <p className="details-basis">
          Basis: <SourceLink sourceId={step.basisSourceId} />
        </p>
      )}
      {cert?.status.note && <p className="muted">{cert.status.note}</p>}
      <PlannedFacts info={info} />
      {cert && step.status !== 'held' && !info.retired && (
        <CertLinks cert={cert} title="What to do next" level={3} />
      )}
      {cert && (
        <>
          <h3>Exam</h3>
          <ExamFacts cert={cert} />
        </>
      )}
      <h3>Prerequisites</h3>
      {prerequisites.length === 0 ? (
        <p>No official prerequisites.</p>
      ) : (
        <ul>
          {prerequisites.map((line) => (
            <li key={line}>Holds {line}</li>
          ))}
        </ul>
      )}
      {cert?.skills && <SkillAreas skills={cert.skills} areas={info.isCore ? coreAreas : []} />}
      {sources.length > 0 && (
        <>
          <h3>Sources</h3>
          <ul className="details-sources">
            {sources.map((id) => (
              <li key={id}>
                <SourceLink sourceId={id} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`/certs/${encodeURIComponent(step.code)}`}>All facts about {step.code}</Link>
      </p>
    </section>
  );
}
