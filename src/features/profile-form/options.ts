import type { SelectOption } from '@/ui/select-field';
import type { Confidence, CurrentRole } from '@/domain/schema';

export const currentRoleOptions: SelectOption<CurrentRole>[] = [
  { value: 'software-developer', label: 'Software developer' },
  { value: 'data-scientist', label: 'Data scientist' },
  { value: 'cloud-engineer', label: 'Cloud engineer' },
  { value: 'career-changer', label: 'Career changer (technical background)' },
  { value: 'career-changer-outside', label: 'Career changer (outside tech)' },
  { value: 'student', label: 'Student or new graduate' },
];

export const pythonOptions: SelectOption<'none' | 'basic' | 'proficient'>[] = [
  { value: 'none', label: 'None' },
  { value: 'basic', label: 'Basic' },
  { value: 'proficient', label: 'Proficient' },
];

export const azureOptions: SelectOption<'none' | 'some' | 'daily'>[] = [
  { value: 'none', label: 'None' },
  { value: 'some', label: 'Some' },
  { value: 'daily', label: 'Daily' },
];

export const aimlOptions: SelectOption<'none' | 'basic' | 'proficient'>[] = [
  { value: 'none', label: 'None' },
  { value: 'basic', label: 'Basic' },
  { value: 'proficient', label: 'Proficient' },
];

export const confidenceOptions: SelectOption<Confidence>[] = [
  { value: 'none', label: 'None' },
  { value: 'some', label: 'Some' },
  { value: 'strong', label: 'Strong' },
];
