import { useState } from 'react';
import { NumberField } from '@/ui/number-field';
import { SourceLink } from '@/ui/source-link';
import type { Catalog } from '@/domain/catalog-model';
import { parseAssumption, toShown } from '@/features/salary/assumption-fields';
import type { AssumptionField } from '@/features/salary/assumption-fields';

interface AssumptionInputProps {
  field: AssumptionField;
  catalog: Catalog;
  /** The user's value, or undefined when the default applies. */
  override: number | undefined;
  /** Extra check across fields (hub premium low ≤ high); returns an error or null. */
  check?: (value: number) => string | null;
  onValid: (value: number) => void;
  onReset: () => void;
}

/** One assumption: its value, default, rationale and source; keeps invalid text on screen. */
export function AssumptionInput({
  field,
  catalog,
  override,
  check,
  onValid,
  onReset,
}: AssumptionInputProps) {
  const defaultValue = field.defaultValue(catalog);
  const sourceId = field.sourceId(catalog);
  // null = show the stored value; a string = what the user typed (valid or not).
  const [text, setText] = useState<string | null>(null);
  const stored = override ?? defaultValue;
  // A default that depends on the user (their hourly pay) shows as an empty field.
  const shown = text ?? (stored === null ? '' : String(toShown(field, stored)));

  const parsed =
    text === null || (text.trim() === '' && defaultValue === null)
      ? null
      : parseAssumption(field, text);
  const error =
    parsed === null
      ? undefined
      : 'error' in parsed
        ? parsed.error
        : (check?.(parsed.value) ?? undefined);

  const change = (next: string) => {
    setText(next);
    // Emptying a field whose default depends on the user goes back to that default.
    if (next.trim() === '' && defaultValue === null) {
      onReset();
      return;
    }
    const result = parseAssumption(field, next);
    if ('value' in result && check?.(result.value) == null) onValid(result.value);
  };
  const reset = () => {
    setText(null);
    onReset();
  };

  const isDefault = override === undefined && text === null;
  return (
    <div className="assumption">
      <NumberField
        label={field.label}
        value={shown}
        onChange={change}
        error={error}
        suffix={field.suffix}
        min={field.min}
        max={field.max}
        step={field.integer ? 1 : field.scale === 100 ? 0.5 : 1}
        help={`Default: ${
          defaultValue === null
            ? (field.defaultText ?? 'set by your profile')
            : `${toShown(field, defaultValue)}${field.unit}`
        }`}
      />
      <button
        type="button"
        className="button button-quiet assumption-reset"
        onClick={reset}
        disabled={isDefault}
        aria-label={`Reset ${field.label.toLowerCase()} to its default`}
      >
        Reset
      </button>
      <p className="assumption-why">
        {field.rationale(catalog)}{' '}
        {sourceId !== null && <SourceLink sourceId={sourceId} catalog={catalog} />}
      </p>
    </div>
  );
}
