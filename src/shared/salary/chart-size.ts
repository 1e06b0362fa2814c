/** The salary charts' heights in CSS pixels; their placeholders keep the same, so nothing moves. */
/** /salary's projection. */
export const CHART_HEIGHT = 380;
/** /compare's chart of the plans side by side. */
export const PLANS_CHART_HEIGHT = 340;
