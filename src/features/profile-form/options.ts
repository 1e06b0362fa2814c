import type { SelectOption } from '@/components/select-field';
import type { Confidence, CurrentRole } from '@/domain/schema';

export const currentRoleOptions: SelectOption<CurrentRole>[] = [
  { value: 'software-developer', label: 'Software developer' },
  { value: 'data-scientist', label: 'Data scientist' },
  { value: 'cloud-engineer', label: 'Cloud engineer' },
  { value: 'career-changer', label: 'Career changer (technical background)' },
  { value: 'student', label: 'Student or new graduate' },
];

export const pythonOptions: SelectOption<'none' | 'basic' | 'proficient'>[] = [
  { value: 'none', label: 'None yet' },
  { value: 'basic', label: 'Basic: I can read and adapt scripts' },
  { value: 'proficient', label: 'Proficient: I write it at work' },
];

export const azureOptions: SelectOption<'none' | 'some' | 'daily'>[] = [
  { value: 'none', label: 'None yet' },
  { value: 'some', label: 'Some: labs or side projects' },
  { value: 'daily', label: 'Daily: it is part of my job' },
];

export const aimlOptions: SelectOption<'none' | 'basic' | 'proficient'>[] = [
  { value: 'none', label: 'None yet' },
  { value: 'basic', label: 'Basic: I know the main terms' },
  { value: 'proficient', label: 'Proficient: I have trained or shipped models' },
];

export const confidenceOptions: SelectOption<Confidence>[] = [
  { value: 'none', label: 'None' },
  { value: 'some', label: 'Some' },
  { value: 'strong', label: 'Strong' },
];
