// esbuild loads stylesheets as text (build.mjs); Lit adopts them with unsafeCSS.
declare module "*.css" {
  const text: string;
  export default text;
}
