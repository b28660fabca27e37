/** Who is calling: set from the Authorization header; reads need nobody. */
export interface Viewer {
  subject: string;
  roles: string[];
  via: "api-key" | "jwt";
}

/** The part of a request's context that the credential check reads. */
export interface Credentials {
  viewer: Viewer | null;
  /** Why the credential sent was refused (null when none was sent or it was accepted); told to writers. */
  authProblem: string | null;
}
