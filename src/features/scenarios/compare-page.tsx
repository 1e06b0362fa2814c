/** Placeholder until this feature lands. */
export default function ComparePage() {
  return <h1>Compare paths</h1>;
}
