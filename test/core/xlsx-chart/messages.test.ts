import { XLSX_CHART_MESSAGES } from "../../../core/xlsx-chart/messages";
import { testPlaceholderParity } from "../message-parity";

testPlaceholderParity(XLSX_CHART_MESSAGES);
