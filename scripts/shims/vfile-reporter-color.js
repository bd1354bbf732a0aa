// Bundle-only stand-in for `vfile-reporter/do-not-use-color`: the reporter's
// default colour setting, read from supports-color at load (~4 ms cold). Our
// pretty format always passes `color` explicitly, so the default is unused.
export const color = false;
