import { persistedQueryManifest } from "../server/trusted-documents";
import { builtinDocuments } from "./builtin-documents";

/**
 * npm run trusted:manifest: prints the project's own operations (TRUSTED_DOCUMENTS=builtin) as Apollo's
 * persisted-query manifest, to extend with your own and serve with TRUSTED_DOCUMENTS=file.
 */
process.stdout.write(JSON.stringify(persistedQueryManifest(builtinDocuments()), null, 2) + "\n");
