import { CONVERT_NOTES } from "../../../core/convert/messages";
import { testPlaceholderParity } from "../message-parity";

testPlaceholderParity(CONVERT_NOTES);
