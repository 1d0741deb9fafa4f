/** "/palidziba" → "/palidziba/": the one place that decides how a path ends. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** A base path as pages join it: "/palidziba", "palidziba/" → "/palidziba/"; "" → "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
