// The add-in build is the one `npm start` runs (scripts/addinBuild.ts); tests build into their own folders.
export { addinBuildNeeded, buildAddin } from '../../scripts/addinBuild.js';
