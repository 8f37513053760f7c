// hls.js's light build (no alternate audio, in-band subtitles or DRM: the converted ladder needs none, and
// subtitles are a WebVTT <track>) has the full build's types, but its package export names none.
declare module 'hls.js/light' {
  export * from 'hls.js';
  export { default } from 'hls.js';
}
