/**
 * The intake screening states: asked of every person who has not said, because a yes changes
 * almost every recommendation (docs/safety-policy.md, "Intake"). Massage intake forms ask these
 * before anything else (the domain brief's intake list; Werner's and Walton's intake chapters).
 *   pregnancy            positioning, pressure on the legs, no abdominal work, no weight-loss advice
 *   bleeding-disorders   blood thinners or a bleeding problem: no deep or sustained pressure
 *   recent-surgery       an operation in the last six weeks: clot risk, the site, clearance
 *   recent-chemotherapy  cancer treatment now: light pressure only, fever is an emergency
 *   fever                no massage at all while it lasts
 *   acute-infection      no massage at all while it lasts, and not to spread it
 * The order is the order they are asked in.
 */
export const INTAKE_STATE_IDS: readonly string[] = [
  "pregnancy",
  "bleeding-disorders",
  "recent-surgery",
  "recent-chemotherapy",
  "fever",
  "acute-infection",
];
