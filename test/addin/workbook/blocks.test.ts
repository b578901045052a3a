import {
  blockRows,
  BLOCK_CELLS,
  columnRuns,
  distinctCells,
  runBatches,
} from "../../../addin/workbook/blocks";

describe("request blocks", () => {
  test("10 000 rows for narrow ranges, fewer when wide so a block stays under the cell budget", () => {
    expect(blockRows(3)).toBe(10_000);
    expect(blockRows(38)).toBe(Math.floor(BLOCK_CELLS / 38));
    expect(blockRows(38) * 38).toBeLessThanOrEqual(BLOCK_CELLS);
    expect(blockRows(1_000_000)).toBe(1);
  });

  test("addresses expand to distinct cells in first-seen order", () => {
    expect(distinctCells(["B2", "A1:A2", "b2"])).toEqual([
      { row: 2, column: 2 },
      { row: 1, column: 1 },
      { row: 2, column: 1 },
    ]);
  });

  test("consecutive rows of a column with the same key form one run", () => {
    const cells = [5, 1, 2, 3, 7].map((row) => ({ row, column: 2 }));
    expect(columnRuns(cells).map(({ top, bottom }) => [top, bottom])).toEqual([
      [1, 3],
      [5, 5],
      [7, 7],
    ]);
    const keyed = columnRuns(cells, (c) => (c.row === 2 ? "red" : null));
    expect(keyed.map(({ top, bottom, key }) => [top, bottom, key])).toEqual([
      [1, 1, null],
      [2, 2, "red"],
      [3, 3, null],
      [5, 5, null],
      [7, 7, null],
    ]);
  });

  test("batches respect the run and cell limits and split over-long runs", () => {
    const runs = [
      { column: 1, top: 1, bottom: 10, key: null },
      { column: 2, top: 1, bottom: 1, key: null },
      { column: 3, top: 1, bottom: 1, key: null },
    ];
    expect(runBatches(runs, 2, 100).map((b) => b.length)).toEqual([2, 1]);
    const split = runBatches([{ column: 1, top: 1, bottom: 25, key: null }], 100, 10);
    expect(split.map((b) => b.map((r) => [r.top, r.bottom]))).toEqual([[[1, 10]], [[11, 20]], [[21, 25]]]);
  });
});
