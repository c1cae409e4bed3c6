// The engine's live enrolment hints and failures, in the user's language: the
// engine sends codes (the contract's Hint and ErrorCode), never sentences.

import type { Localizer } from "../localize";

/** A live enrolment's hint (the contract's Hint) or its error (an ErrorCode) in
 * words; a text no table knows shows as it came. */
export function hintText(i18n: Localizer, code: string): string {
  return i18n.lookup(`enrolment.hint.${code}`, "") || i18n.error({ code }, code);
}
