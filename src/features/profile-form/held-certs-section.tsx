import { useRef } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { DateField } from '@/ui/date-field';
import type { Catalog } from '@/domain/catalog-model';
import { useAppStore } from '@/store/app-store';
import { CertSearch } from '@/features/profile-form/cert-search';
import { CertTags } from '@/features/profile-form/cert-tag';
import { FormSection } from '@/features/profile-form/form-section';
import { formatDate } from '@/lib/format';

/** The certifications the user holds, each with an optional date earned. */
export function HeldCertsSection({ catalog, today }: { catalog: Catalog; today: string }) {
  const held = useAppStore((s) => s.profile.certificationsHeld);
  // Exams passed on the roadmap count as held too (the plan reads them from the progress).
  const passed = useAppStore(
    useShallow((s) =>
      Object.entries(s.profile.progress.steps).flatMap(([code, step]) =>
        step.state === 'passed' ? [`${code} (${formatDate(step.date)})`] : [],
      ),
    ),
  );
  const setField = useAppStore((s) => s.setProfileField);
  const heldCodes = new Set(held.map((h) => h.code));
  const searchRef = useRef<HTMLInputElement>(null);

  const add = (code: string) => setField('certificationsHeld', [...held, { code, earnedOn: null }]);
  const remove = (code: string) => {
    setField(
      'certificationsHeld',
      held.filter((h) => h.code !== code),
    );
    // The Remove button disappears with its row; keep keyboard users in the section.
    searchRef.current?.focus();
  };
  const setEarned = (code: string, text: string) =>
    setField(
      'certificationsHeld',
      held.map((h) => (h.code === code ? { ...h, earnedOn: text === '' ? null : text } : h)),
    );

  return (
    <FormSection
      title="Certifications you hold"
      intro="Held certifications are skipped in your roadmap; the date earned tells when one expires."
      layout="stack"
    >
      <CertSearch
        catalog={catalog}
        held={heldCodes}
        today={today}
        onAdd={add}
        inputRef={searchRef}
      />
      {passed.length > 0 && (
        <p className="held-passed">
          Passed, as recorded on your roadmap: {passed.join(', ')}. These count as held;{' '}
          <Link to="/roadmap">change them on the roadmap</Link>.
        </p>
      )}
      {held.length === 0 ? (
        <p className="muted held-empty">
          {passed.length > 0 ? 'No others added.' : 'None added yet.'}
        </p>
      ) : (
        <ul className="held-list" aria-label="Certifications you hold">
          {held.map(({ code, earnedOn }) => {
            const cert = catalog.byCode.get(code);
            return (
              <li key={code} className="held-item">
                <div className="held-name">
                  <code>{code}</code> {cert?.name}
                  {cert ? (
                    <CertTags cert={cert} today={today} />
                  ) : (
                    <span className="cert-tag">Not in Certpath’s catalogue: kept as typed</span>
                  )}
                </div>
                <DateField
                  label={`Date earned for ${code} (optional)`}
                  value={earnedOn ?? ''}
                  max={today}
                  onChange={(text) => setEarned(code, text)}
                />
                <button
                  type="button"
                  className="button button-quiet held-remove"
                  onClick={() => remove(code)}
                >
                  Remove {code}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </FormSection>
  );
}
