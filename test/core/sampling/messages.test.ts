/** zh and en of every message in this module use the same placeholders (xxxEn stands for xxx in English). */
import { SAMPLING_MESSAGES } from "../../../core/sampling/messages";
import { testPlaceholderParity } from "../message-parity";

testPlaceholderParity(SAMPLING_MESSAGES);
