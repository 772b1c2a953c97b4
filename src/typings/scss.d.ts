// The gulp build generates a typed `*.module.scss.ts` beside each stylesheet; this lets a plain
// `tsc --noEmit` check the sources before (or without) a build.
declare module '*.module.scss' {
  const styles: { [className: string]: string };
  export default styles;
}
