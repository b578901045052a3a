/** zh and en of every message in this module use the same placeholders (xxxEn stands for xxx in English). */
import { ID_MESSAGES } from "../../../core/ids/messages";
import { testPlaceholderParity } from "../message-parity";

testPlaceholderParity(ID_MESSAGES);
