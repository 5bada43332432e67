/** The life of a service, explicit: health checks and shutdown read it instead of guessing. */
export type ServiceState = 'starting' | 'ready' | 'draining' | 'stopped';

const NEXT: Record<ServiceState, readonly ServiceState[]> = {
  starting: ['ready', 'stopped'],
  ready: ['draining'],
  draining: ['stopped'],
  stopped: [],
};

export class ServiceLifecycle {
  private current: ServiceState = 'starting';

  constructor(readonly service: string) {}

  get state(): ServiceState {
    return this.current;
  }

  get isReady(): boolean {
    return this.current === 'ready';
  }

  moveTo(next: ServiceState): void {
    if (!NEXT[this.current].includes(next)) {
      throw new Error(`${this.service} cannot go from ${this.current} to ${next}`);
    }
    this.current = next;
  }
}
