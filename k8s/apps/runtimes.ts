/**
 * What each application runtime writes at run time, where the root filesystem is read-only.
 * A fact about the framework, not a choice of this repository: the catalog names a service's
 * runtime and its writable volumes follow.
 */
export interface WritablePath {
  readonly path: string;
  readonly sizeLimit: string;
  readonly why: string;
  readonly source: string;
}

export const RUNTIMES = {
  /** `next build` with `output: 'standalone'`, run as `node server.js` from /app. */
  'nextjs-standalone': {
    writablePaths: [
      {
        path: '/app/.next/cache',
        sizeLimit: '256Mi',
        why: 'Next.js writes its image-optimisation and fetch caches there',
        source: 'nextjs.org/docs/app/guides/self-hosting (Caching and ISR: the default cache lives on disk and in memory), nextjs.org/docs/app/api-reference/components/image (optimized images cached in <distDir>/cache/images); WORKDIR /app as in vercel/next.js examples/with-docker',
      },
    ] as readonly WritablePath[],
  },
  /** CPython services (FastAPI/uvicorn, workers): bytecode caching is off in the image; temp files go to /tmp. */
  python: { writablePaths: [] as readonly WritablePath[] },
} as const;

export type Runtime = keyof typeof RUNTIMES;
