import { useId, useState, type FormEvent } from 'react';
import { addDays, weekOf } from '@/domain/dates';
import { checkInWeeks, loggedHours, withWeek } from '@/domain/progress';
import type { Baseline } from '@/domain/progress';
import type { Profile } from '@/domain/schema';
import { formatDate } from '@/lib/format';
import { typedNumber } from '@/lib/typed-number';
import { useAppStore } from '@/store/app-store';
import { NumberField } from '@/ui/number-field';
import { SelectField } from '@/ui/select-field';

interface StudyLogProps {
  profile: Profile;
  today: string;
  baseline: Baseline;
}

const hoursWord = (hours: number) => `${hours} ${hours === 1 ? 'hour' : 'hours'}`;

function weekLabel(week: string, thisWeek: string): string {
  if (week === thisWeek) return `This week (from ${formatDate(week)})`;
  if (week === addDays(thisWeek, -7)) return `Last week (from ${formatDate(week)})`;
  return `Week of ${formatDate(week)}`;
}

/** The weekly check-in ("this week: N hours") and its history, every entry editable. */
export function StudyLog({ profile, today, baseline }: StudyLogProps) {
  const { progress } = profile;
  const update = useAppStore((s) => s.updateProgress);
  const logWeek = (week: string, hours: number | null) =>
    update((p) => withWeek(p, week, hours, baseline));
  const thisWeek = weekOf(today);
  const weeks = checkInWeeks(profile.startDate, today);
  const [week, setWeek] = useState(thisWeek);
  const logged = progress.log.find((e) => e.weekOf === week);
  const [hoursText, setHoursText] = useState('');
  const [hoursError, setHoursError] = useState('');
  const [message, setMessage] = useState('');
  const hoursId = useId();
  const weekId = useId();
  const total = loggedHours(progress);
  const startedBefore = weekOf(profile.startDate) < thisWeek;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hours = typedNumber(hoursText);
    if (hours === null || !Number.isFinite(hours) || hours < 0 || hours > 100) {
      setHoursError('Hours must be a number from 0 to 100');
      return;
    }
    setHoursError('');
    logWeek(week, hours);
    setHoursText('');
    setMessage(`Logged ${hoursWord(hours)} for the week of ${formatDate(week)}.`);
  };

  const edit = (entry: { weekOf: string; hours: number }) => {
    setWeek(entry.weekOf);
    setHoursText(String(entry.hours));
    setHoursError('');
    document.getElementById(hoursId)?.focus();
  };

  return (
    <>
      {progress.log.length === 0 && startedBefore && (
        <p className="muted">
          Your plan started on {formatDate(profile.startDate)}. If you studied since, log those
          weeks too (pick each week below): the plan counts every hour logged.
        </p>
      )}
      <form className="progress-checkin" onSubmit={submit} noValidate>
        <SelectField
          id={weekId}
          label="Week"
          value={week}
          // A week being edited stays on the list, however old.
          options={(weeks.includes(week) ? weeks : [...weeks, week]).map((w) => ({
            value: w,
            label: weekLabel(w, thisWeek),
          }))}
          onChange={setWeek}
        />
        <NumberField
          id={hoursId}
          label="Hours studied"
          help={`${logged ? `Logged for the week of ${formatDate(week)}: ${hoursWord(logged.hours)}; a new figure replaces it. ` : ''}Logged hours come off the first exams, and what is left is planned from today.`}
          value={hoursText}
          onChange={setHoursText}
          error={hoursError || undefined}
          min={0}
          max={100}
          suffix="hours"
        />
        <button type="submit" className="button button-primary">
          Log hours
        </button>
      </form>
      <p role="status" className="progress-message">
        {message}
      </p>

      {progress.log.length > 0 && (
        <div className="table-scroll">
          <table className="progress-log">
            <caption>
              Study log: {hoursWord(total)} over {progress.log.length}{' '}
              {progress.log.length === 1 ? 'week' : 'weeks'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Hours</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...progress.log].reverse().map((entry) => (
                <tr key={entry.weekOf}>
                  <th scope="row">{formatDate(entry.weekOf)}</th>
                  <td>{entry.hours}</td>
                  <td className="progress-log-actions">
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => edit(entry)}
                    >
                      Edit{' '}
                      <span className="visually-hidden">
                        the week of {formatDate(entry.weekOf)}
                      </span>
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => {
                        logWeek(entry.weekOf, null);
                        setMessage(`Removed the week of ${formatDate(entry.weekOf)}.`);
                        // The button leaves with its row: keep the keyboard in the check-in.
                        document.getElementById(weekId)?.focus();
                      }}
                    >
                      Remove{' '}
                      <span className="visually-hidden">
                        the week of {formatDate(entry.weekOf)}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
