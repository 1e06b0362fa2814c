import { SelectField } from '@/components/select-field';
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
      <SelectField label="Python" value={python} options={pythonOptions} onChange={(v) => setField('python', v)} />
      <SelectField
        label="Azure hands-on"
        help="Using Azure yourself: the portal, CLI or SDKs. Without hands-on practice the core exam is much harder."
        value={azure}
        options={azureOptions}
        onChange={(v) => setField('azure', v)}
      />
      <SelectField
        label="AI and machine learning concepts"
        help="Ideas such as models, training, embeddings and prompts."
        value={aiml}
        options={aimlOptions}
        onChange={(v) => setField('aiml', v)}
      />
    </FormSection>
  );
}
