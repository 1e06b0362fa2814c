/** Placeholder until this feature lands. */
export default function CertPage() {
  return <h1>Certification</h1>;
}
