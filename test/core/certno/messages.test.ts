/** zh and en of every message in this module use the same placeholders (xxxEn stands for xxx in English). */
import { CERTNO_MESSAGES } from "../../../core/certno/messages";
import { testPlaceholderParity } from "../message-parity";

testPlaceholderParity(CERTNO_MESSAGES);
