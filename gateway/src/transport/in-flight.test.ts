import { InFlight } from './in-flight';

describe('InFlight', () => {
  it('runs identical work under way once and forgets it when it settles', async () => {
    const inFlight = new InFlight<number>();
    let runs = 0;
    let release!: (value: number) => void;
    const work = () => {
      runs++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const first = inFlight.run('a', work);
    const second = inFlight.run('a', work);
    const other = inFlight.run('b', () => Promise.resolve(7));
    expect(runs).toBe(1);
    release(42);
    await expect(Promise.all([first, second, other])).resolves.toEqual([42, 42, 7]);
    expect(inFlight.joined).toBe(1);
    expect(inFlight.size).toBe(0);
    await inFlight.run('a', () => Promise.resolve(1));
    expect(inFlight.joined).toBe(1);
  });

  it('shares a failure with every caller and starts afresh after it', async () => {
    const inFlight = new InFlight<number>();
    const failing = () => Promise.reject(new Error('down'));
    await expect(Promise.all([inFlight.run('a', failing), inFlight.run('a', failing)])).rejects.toThrow('down');
    await expect(inFlight.run('a', () => Promise.resolve(3))).resolves.toBe(3);
  });
});
