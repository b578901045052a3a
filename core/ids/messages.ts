import type { MessageTemplate } from "../messages";

/** Wording of this module's problems; codes are prefixed with the module name. */
export const ID_MESSAGES: Record<string, MessageTemplate> = {};
