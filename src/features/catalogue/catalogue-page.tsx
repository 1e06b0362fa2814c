/** Placeholder until this feature lands. */
export default function CataloguePage() {
  return <h1>Certification catalogue</h1>;
}
