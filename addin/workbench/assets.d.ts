/** Workbooks the build inlines as data: URLs (webpack asset/inline, esbuild dataurl). */
declare module "*.xlsx" {
  const url: string;
  export default url;
}
