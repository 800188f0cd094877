/** The review page script: one function scope holding the three parts, so they share the page's state. */
import { REVIEW_ACTIONS_JS } from "./review-actions-js";
import { REVIEW_EDITOR_JS } from "./review-editor-js";
import { REVIEW_ISSUES_JS } from "./review-issues-js";
import { CLIENT_LIB, SHARED_JS } from "./shared-js";

export const REVIEW_JS = `${SHARED_JS}
${CLIENT_LIB}
(function () {${REVIEW_ISSUES_JS}${REVIEW_EDITOR_JS}${REVIEW_ACTIONS_JS}})();
`;
