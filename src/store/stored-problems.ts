const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What loading stored data had to leave out or reset, in words for the storage notice and the
 * backup's reason (the checks' own messages, `savedPlans[1] was left out: …`, stay available
 * as details).
 */
export function summarize(problems: readonly string[]): string {
  const countOf = (pattern: RegExp) => problems.filter((p) => pattern.test(p)).length;
  const plans = countOf(/^savedPlans\[\d+\] was left out/);
  const inPlans = countOf(/^savedPlans\[\d+\]\.profile\./);
  const progress = countOf(/^profile\.progress[.:]/);
  const answers = countOf(/^profile\./) - progress;
  const other = problems.length - plans - inPlans - progress - answers;
  const parts = [
    plans > 0 &&
      `${count(plans, 'saved plan', 'saved plans')} could not be read and ${plans === 1 ? 'was' : 'were'} left out`,
    inPlans > 0 &&
      `${count(inPlans, 'value', 'values')} in saved plans ${inPlans === 1 ? 'was' : 'were'} reset or left out`,
    answers > 0 &&
      `${count(answers, 'answer', 'answers')} in your background ${answers === 1 ? 'was' : 'were'} reset to ${answers === 1 ? 'its' : 'their'} default`,
    progress > 0 &&
      `${count(progress, 'progress record', 'progress records')} could not be read and ${progress === 1 ? 'was' : 'were'} left out`,
    other > 0 && `${count(other, 'other setting was', 'other settings were')} reset`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'nothing you made was lost';
}
