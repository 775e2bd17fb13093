/** What the page's query string asks of the game. Unknown or malformed values are ignored. */
export interface LaunchOptions {
  /** `?e2e` or `&e2e`: expose the test hook. */
  e2e: boolean;
  /** `?renderer=canvas` forces Phaser's Canvas renderer (for comparisons); default is WebGL with fallback. */
  renderer: 'auto' | 'canvas' | 'webgl';
}

export function parseLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const renderer = params.get('renderer');
  return {
    e2e: params.has('e2e'),
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
  };
}
