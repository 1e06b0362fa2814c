// The roadmap a plan returns: every catalogue certification as a step with its status and
// reason, the edges between them and the notices. Types only: plan.ts assembles the roadmap at
// the end of the flow, from the placements of schedule.ts, the sentences of step-reasons.ts and
// the notices of schedule.ts and plan-notices.ts.

export type StepStatus = 'held' | 'required' | 'recommended' | 'optional' | 'not-needed';

export interface RoadmapStep {
  /** The exam actually planned: a successor when the original retires before the step's date. */
  code: string;
  /** The code this step replaces ("AI-102" when code is "AI-103"), else null. */
  replaces: string | null;
  status: StepStatus;
  /** One sentence for the user: why this step is here or skipped. */
  reason: string;
  /**
   * Where the rule behind the reason comes from: the article's path, a role's certifications
   * (a Certpath estimate), an official prerequisite; null for facts about the user or the exam.
   */
  basisSourceId: string | null;
}

export interface RoadmapEdge {
  from: string;
  to: string;
  /** prerequisite: official; order: advised/recommended order. */
  kind: 'prerequisite' | 'order';
  /** A prerequisite any one of these exams meets ("AZ-104 or AZ-204"); absent: this one. */
  anyOf?: string[];
}

export type NoticeKind =
  | 'held-retired'
  | 'renewal-impossible'
  | 'retires-during-plan'
  | 'held-expired'
  | 'assumed-prerequisite'
  | 'booked-too-early'
  | 'booked-too-soon';

export interface Notice {
  kind: NoticeKind;
  code: string;
  message: string;
}

export interface Roadmap {
  /** The core associate exam of this plan (AI-102 or AI-103). */
  coreCode: string;
  /** Deterministic topological order: every prerequisite precedes its dependant. */
  steps: RoadmapStep[];
  edges: RoadmapEdge[];
  notices: Notice[];
}
