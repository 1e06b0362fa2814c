/** Placeholder until this feature lands. */
export default function SalaryPage() {
  return <h1>Is it worth it?</h1>;
}
