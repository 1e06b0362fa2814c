/** Placeholder until this feature lands. */
export default function HomePage() {
  return <h1>Certpath</h1>;
}
