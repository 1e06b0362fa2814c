import { useId, useState } from 'react';
import type { RefObject } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';
import { CertTags } from '@/features/profile-form/cert-tag';
import { Field } from '@/ui/field';

const MAX_RESULTS = 8;
/** A held certification typed as free text is kept up to this many characters (the schema's limit). */
const MAX_FREE_TEXT = 60;

const squash = (text: string) => text.toLowerCase().replace(/[\s-]/g, '');

/** Catalogue entries matching a code or name ("az104", "AZ-104", "fundamentals"). */
export function matchCertifications(
  catalog: Catalog,
  query: string,
  exclude: ReadonlySet<string>,
): Certification[] {
  const q = squash(query);
  if (q === '') return [];
  return catalog.certifications.filter(
    (c) => !exclude.has(c.code) && (squash(c.code).includes(q) || squash(c.name).includes(q)),
  );
}

interface CertSearchProps {
  catalog: Catalog;
  held: ReadonlySet<string>;
  today: string;
  onAdd: (code: string) => void;
  /** The search box, so the held list can return focus to it after a removal. */
  inputRef: RefObject<HTMLInputElement | null>;
}

/** A search box with a filtered list of "Add" buttons: simpler to use than a combobox by keyboard. */
export function CertSearch({ catalog, held, today, onAdd, inputRef: input }: CertSearchProps) {
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const id = useId();
  const matches = matchCertifications(catalog, query, held);

  const add = (cert: Certification) => {
    onAdd(cert.code);
    setQuery('');
    setAnnouncement(`Added ${cert.code} ${cert.name}.`);
    input.current?.focus();
  };
  // Something the catalogue does not know is still kept, as typed: it just cannot shorten a path.
  const typed = query.trim().replace(/\s+/g, ' ').slice(0, MAX_FREE_TEXT);
  const canAddTyped =
    typed.length >= 2 && matches.length === 0 && !held.has(typed) && !held.has(typed.toUpperCase());
  const addTyped = () => {
    onAdd(typed);
    setQuery('');
    setAnnouncement(`Added “${typed}” as you typed it.`);
    input.current?.focus();
  };

  return (
    <Field
      id={id}
      label="Find a certification"
      className="field cert-search"
      canError={false}
      help="Search by exam code or name, for example AZ-104 or Fundamentals. Retired exams are included; anything else can be added as you type it."
      after={
        <>
          {matches.length > 0 && (
            <ul className="cert-results" aria-label="Matching certifications">
              {matches.slice(0, MAX_RESULTS).map((cert) => (
                <li key={cert.code}>
                  <button type="button" className="button cert-result" onClick={() => add(cert)}>
                    <span aria-hidden="true" className="cert-result-plus">
                      +
                    </span>
                    <span className="cert-result-text">
                      <span className="visually-hidden">Add</span> <code>{cert.code}</code>{' '}
                      {cert.name}
                      <CertTags cert={cert} today={today} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {canAddTyped && (
            <button type="button" className="button cert-result" onClick={addTyped}>
              <span aria-hidden="true" className="cert-result-plus">
                +
              </span>
              <span className="cert-result-text">Add “{typed}” as you typed it</span>
            </button>
          )}
          <p className="field-help" aria-live="polite">
            {query.trim() !== '' && matches.length === 0
              ? canAddTyped
                ? 'Not in Certpath’s catalogue. You can still add it: it is kept with your plan, but cannot shorten the path.'
                : 'You already hold that one.'
              : announcement}
          </p>
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          ref={input}
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setAnnouncement('');
          }}
        />
      )}
    </Field>
  );
}
