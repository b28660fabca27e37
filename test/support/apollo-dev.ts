/**
 * Imported before @apollo/client: Apollo Client 4 runs its development checks (and prints its
 * cache warnings) only when `globalThis.__DEV__` is true or the `development` export condition is
 * set; Node and Jest set neither. The messages are then loaded in full, not as error codes.
 */
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
