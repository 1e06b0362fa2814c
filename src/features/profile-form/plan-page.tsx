/** Placeholder until this feature lands. */
export default function PlanPage() {
  return <h1>Your background</h1>;
}
