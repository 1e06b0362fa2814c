const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What loading stored data had to leave out or reset, in words for the storage notice and the
 * backup's reason (the checks' own messages, `savedPlans[1] was left out: …`, stay available
 * as details).
 */
export function summarize(problems: readonly string[]): string {
  const plans = problems.filter((p) => p.startsWith('savedPlans')).length;
  const answers = problems.filter((p) => p.startsWith('profile.')).length;
  const other = problems.length - plans - answers;
  const parts = [
    plans > 0 &&
      `${count(plans, 'saved plan', 'saved plans')} could not be read and ${plans === 1 ? 'was' : 'were'} left out`,
    answers > 0 &&
      `${count(answers, 'answer', 'answers')} in your background ${answers === 1 ? 'was' : 'were'} reset to ${answers === 1 ? 'its' : 'their'} default`,
    other > 0 && `${count(other, 'other setting was', 'other settings were')} reset`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'nothing you made was lost';
}
