import { Page } from '@/components/page';
import { pageFrames } from '@/components/page-frames';
import { PlanActions } from '@/components/plan-actions';
import { useAppStore } from '@/store/app-store';
import { usePlan } from '@/store/use-plan';
import { AboutYouSection } from '@/features/profile-form/about-you-section';
import { ConfidenceSection } from '@/features/profile-form/confidence-section';
import { GoalSection } from '@/features/profile-form/goal-section';
import { HeldCertsSection } from '@/features/profile-form/held-certs-section';
import { PlanSummary } from '@/features/profile-form/plan-summary';
import { hasFieldErrors } from '@/components/profile-text';
import { SkillsSection } from '@/features/profile-form/skills-section';
import './plan-page.css';

/** /plan: the profile form with a live summary of the plan beside it. */
export default function PlanPage() {
  const { catalog, today, plan } = usePlan();
  const hasErrors = useAppStore((s) => hasFieldErrors(s.drafts));

  return (
    <Page title={pageFrames.plan.title} lead={<p>{pageFrames.plan.lead}</p>}>
      <PlanActions />
      <div className="plan-layout">
        <form
          className="plan-form"
          aria-label="Your background"
          noValidate
          onSubmit={(e) => e.preventDefault()}
        >
          <AboutYouSection catalog={catalog} />
          <SkillsSection />
          <HeldCertsSection catalog={catalog} today={today} />
          <GoalSection catalog={catalog} />
          <ConfidenceSection catalog={catalog} plan={plan} />
        </form>
        <PlanSummary catalog={catalog} plan={plan} hasErrors={hasErrors} />
      </div>
    </Page>
  );
}
