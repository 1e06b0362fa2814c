import { useId } from 'react';
import type { ReactNode } from 'react';

/** One titled card of the profile form. */
export function FormSection({
  title,
  intro,
  layout = 'grid',
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** grid: fields in two columns on wide screens; stack: one column. */
  layout?: 'grid' | 'stack';
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro !== undefined && <p className="muted form-section-intro">{intro}</p>}
      <div className={layout === 'grid' ? 'form-grid' : 'form-stack'}>{children}</div>
    </section>
  );
}
