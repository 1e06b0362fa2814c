/**
 * The heading and lead of the pages that show the user's plan. The build prerenders each as
 * this frame with "Loading your plan…" (src/app/router.tsx), and the page keeps them when the
 * app takes over, so the largest text painted first stays the largest. /roadmap swaps its lead
 * for a shorter summary of the plan.
 */
export const pageFrames = {
  plan: {
    title: 'Your background',
    lead: 'Tell Certpath where you are starting from. The plan updates as you type, and nothing leaves this browser.',
  },
  roadmap: {
    title: 'Your roadmap',
    lead: 'The exams to take, in order, with the weeks each one needs and the dates they fall on.',
  },
  salary: {
    title: 'Is it worth it?',
    lead: 'Pay on the path to your target role against staying where you are, and the month the path pays back. Every figure is a range from cited sources; every assumption is yours to change.',
  },
  compare: {
    title: 'Compare paths',
    lead: 'Saved plans side by side, or your plan aimed at different roles: how long each takes, what it costs, what it pays at 1, 5 and 10 years, and when it pays back.',
  },
} as const;

export type PageFrame = (typeof pageFrames)[keyof typeof pageFrames];
