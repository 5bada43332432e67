/** What a service says at /health/ready: ready or not, and the state of each thing it depends on. */
export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, unknown>>;
}

export type ReadinessCheck = () => Promise<ReadinessReport>;

/** Runs `check` with a deadline: a dependency that hangs makes the service not ready rather than hanging the probe. */
export async function withDeadline(check: ReadinessCheck, ms: number): Promise<ReadinessReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadinessReport>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, checks: { timeout: `no answer within ${ms} ms` } }), ms);
  });
  try {
    return await Promise.race([check().catch((error: Error) => ({ ready: false, checks: { error: error.message } })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
