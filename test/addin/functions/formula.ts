/**
 * Just enough of Excel's formula syntax to run the expected-results table (test-data.json) against
 * the CERT functions without Excel: `=CERT.NAME(arg, …)` where an argument is a number, a "text"
 * (with "" for a quote), TRUE/FALSE, DATE(y,m,d) (an Excel serial), an array constant {1,2;3,4}, or
 * nothing (an omitted optional argument, which Excel passes as null). Like Excel, a single value
 * reaches a matrix parameter as a 1×1 array and a repeating parameter as a list of arrays.
 */
type Scalar = string | number | boolean | null;

export interface Call {
  name: string;
  args: (Scalar | Scalar[][])[];
}

/** Excel serial of a civil date (1900 system, serials from 1900-03-01 on). */
export function serialOf(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function isoOfSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

export function parseFormula(formula: string): Call {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${formula}: ${what} at ${at}`);
  };
  const peek = (): string => formula.charAt(at);
  const expect = (text: string): void => {
    if (!formula.startsWith(text, at)) fail(`expected ${text}`);
    at += text.length;
  };

  function scalar(): Scalar {
    const c = peek();
    if (c === '"') {
      let text = "";
      at++;
      for (;;) {
        if (at >= formula.length) fail("unterminated text");
        if (peek() === '"') {
          if (formula.charAt(at + 1) === '"') {
            text += '"';
            at += 2;
            continue;
          }
          at++;
          return text;
        }
        text += peek();
        at++;
      }
    }
    const number = /^-?\d+(\.\d+)?/.exec(formula.slice(at));
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    for (const [word, value] of [
      ["TRUE", true],
      ["FALSE", false],
    ] as const) {
      if (formula.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    if (formula.startsWith("DATE(", at)) {
      at += 5;
      const parts: number[] = [];
      for (;;) {
        const n = scalar();
        if (typeof n !== "number") fail("DATE needs numbers");
        parts.push(n as number);
        if (peek() === ",") at++;
        else break;
      }
      expect(")");
      if (parts.length !== 3) fail("DATE needs 3 numbers");
      return serialOf(parts[0]!, parts[1]!, parts[2]!);
    }
    return fail("unreadable value");
  }

  function array(): Scalar[][] {
    expect("{");
    const rows: Scalar[][] = [[]];
    for (;;) {
      rows[rows.length - 1]!.push(scalar());
      const c = peek();
      at++;
      if (c === ",") continue;
      if (c === ";") rows.push([]);
      else if (c === "}") return rows;
      else fail("expected , ; or }");
    }
  }

  expect("=CERT.");
  const name = /^[A-Z]+/.exec(formula.slice(at))?.[0] ?? fail("expected a function name");
  at += name.length;
  expect("(");
  const args: Call["args"] = [];
  if (peek() === ")") at++;
  else {
    for (;;) {
      const c = peek();
      if (c === "," || c === ")") args.push(null);
      else args.push(c === "{" ? array() : scalar());
      const next = peek();
      at++;
      if (next === ")") break;
      if (next !== ",") fail("expected , or )");
    }
  }
  if (at !== formula.length) fail("text after the call");
  return { name, args };
}

/** The arguments as Excel hands them over: matrices, null for omitted, a list for a repeating parameter. */
export function excelArguments(call: Call, repeating: boolean): unknown[] {
  const matrix = (arg: Scalar | Scalar[][]): unknown =>
    arg === null ? null : Array.isArray(arg) ? arg : [[arg]];
  return repeating ? [call.args.map(matrix)] : call.args.map(matrix);
}
