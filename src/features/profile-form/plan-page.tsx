import { Page } from '@/ui/page';
import { frameOf } from '@/routes/routes';
import { PlanActions } from '@/shared/plans/plan-actions';
import { useAppStore } from '@/store/app-store';
import { realCatalog } from '@/domain/real-catalog';
import { todayIso } from '@/store/today';
import { useDeferredPlan } from '@/store/use-plan';
import { AboutYouSection } from '@/features/profile-form/about-you-section';
import { ConfidenceSection } from '@/features/profile-form/confidence-section';
import { GoalSection } from '@/features/profile-form/goal-section';
import { HeldCertsSection } from '@/features/profile-form/held-certs-section';
import { PlanSummary } from '@/features/profile-form/plan-summary';
import { PlanSummaryBar } from '@/features/profile-form/plan-summary-bar';
import { hasFieldErrors } from '@/shared/profile/profile-text';
import { SkillsSection } from '@/features/profile-form/skills-section';
import './plan-page.css';

/** The heading and lead the build prerendered this page with (src/routes/routes.json). */
const frame = frameOf('/plan');

/** The hours per skills area of the core exam, from the plan (it follows the typing). */
function Confidence() {
  const { catalog, plan } = useDeferredPlan();
  return <ConfidenceSection catalog={catalog} plan={plan} />;
}

/** The live summary beside the form (it follows the typing). */
function Summary() {
  const { catalog, plan, today } = useDeferredPlan();
  const hasErrors = useAppStore((s) => hasFieldErrors(s.drafts));
  return (
    <>
      <PlanSummary catalog={catalog} plan={plan} hasErrors={hasErrors} />
      <PlanSummaryBar plan={plan} today={today} />
    </>
  );
}

/**
 * /plan: the profile form with a live summary of the plan beside it. The page itself reads no
 * input: each field reads its own, so a keystroke re-renders the field, then the plan's parts.
 */
export default function PlanPage() {
  const catalog = realCatalog();
  const today = todayIso();

  return (
    <Page title={frame.title} lead={<p>{frame.lead}</p>}>
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
          <Confidence />
        </form>
        <Summary />
      </div>
    </Page>
  );
}
