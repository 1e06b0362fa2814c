import { SelectField } from '@/ui/select-field';
import { useAppStore } from '@/store/app-store';
import { FormSection } from '@/features/profile-form/form-section';
import { aimlOptions, azureOptions, pythonOptions } from '@/features/profile-form/options';

/** Python, Azure hands-on and AI/ML concepts: they scale the study hours. */
export function SkillsSection() {
  const python = useAppStore((s) => s.profile.python);
  const azure = useAppStore((s) => s.profile.azure);
  const aiml = useAppStore((s) => s.profile.aiml);
  const setField = useAppStore((s) => s.setProfileField);

  return (
    <FormSection title="Skills" intro="These make your study estimate longer or shorter.">
      <SelectField
        label="Python"
        help="Basic: you can read and adapt scripts. Proficient: you write it at work."
        value={python}
        options={pythonOptions}
        onChange={(v) => setField('python', v)}
      />
      <SelectField
        label="Azure hands-on"
        help="Some: labs or side projects. Daily: part of your job. Without hands-on practice the core exam is much harder."
        value={azure}
        options={azureOptions}
        onChange={(v) => setField('azure', v)}
      />
      <SelectField
        label="AI and machine learning concepts"
        help="Models, training, embeddings, prompts. Basic: you know the terms. Proficient: you have trained or shipped models."
        value={aiml}
        options={aimlOptions}
        onChange={(v) => setField('aiml', v)}
      />
    </FormSection>
  );
}
