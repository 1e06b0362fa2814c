/** Placeholder until this feature lands. */
export default function RoadmapPage() {
  return <h1>Your roadmap</h1>;
}
