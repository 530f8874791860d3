// The launcher is shared with benchmark 3 and compiled with it (the build does not compile test/).
export { launchBrowser, NOT_LOOPBACK, type HeadlessBrowser as TestBrowser } from '../../bench/support/browser.js';
