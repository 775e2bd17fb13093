/**
 * Whether this browser's WebGL is drawn in software (SwiftShader, llvmpipe, Microsoft Basic Render
 * Driver…): there, Canvas 2D draws a board like ours several times faster than WebGL (measured with
 * `npm run bench:fps`), so the game picks Canvas. With a real GPU it keeps WebGL.
 */
export function hasSoftwareWebGL(document: Document): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    return true;
  }
}
