'use strict';
// CPU time and resident memory of a process and its descendants (a gateway's cluster workers), from /proc.
const fs = require('node:fs');

const TICKS_PER_SECOND = 100;

function descendants(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    let children;
    try {
      children = fs.readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.trim().split(/\s+/).filter(Boolean)) all.push(Number(child));
  }
  return all;
}

/** CPU milliseconds (user + system) used so far by the process tree. */
function cpuMs(pid) {
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // exited meanwhile
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of the process tree, MB. */
function rssMb(pid) {
  let kb = 0;
  for (const p of descendants(pid)) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (match) kb += Number(match[1]);
    } catch {
      // exited meanwhile
    }
  }
  return kb / 1024;
}

/** Samples the peak resident memory of some process trees until stopped. */
function rssPeaks(pids, everyMs = 250) {
  const peaks = Object.fromEntries(pids.map((pid) => [pid, rssMb(pid)]));
  const timer = setInterval(() => {
    for (const pid of pids) peaks[pid] = Math.max(peaks[pid], rssMb(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      for (const pid of pids) peaks[pid] = Math.max(peaks[pid], rssMb(pid));
      return peaks;
    },
  };
}

/** Least-squares slope of rssMb over atSeconds, in MB per minute; null with fewer than two samples. */
function slopeMbPerMinute(samples) {
  if (samples.length < 2) return null;
  const n = samples.length;
  const meanT = samples.reduce((sum, s) => sum + s.atSeconds, 0) / n;
  const meanR = samples.reduce((sum, s) => sum + s.rssMb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.atSeconds - meanT) * (s.rssMb - meanR);
    variance += (s.atSeconds - meanT) ** 2;
  }
  return variance === 0 ? null : (covariance / variance) * 60;
}

/** The lowest rssMb of each whole minute of samples (a last, shorter stretch is left out). */
function minuteFloors(samples) {
  const floors = [];
  const end = samples.length ? samples.at(-1).atSeconds : 0;
  for (let from = 0; from + 60 <= end; from += 60) {
    const within = samples.filter((s) => s.atSeconds >= from && s.atSeconds < from + 60).map((s) => s.rssMb);
    if (within.length) floors.push(Math.min(...within));
  }
  return floors;
}

/**
 * What a series of RSS samples ({ atSeconds, rssMb }) says about growth: first, last, min, max, the
 * least-squares slope overall and over the second half (a gateway still filling its caches rises early; a
 * leak keeps rising in the second half too), and the lowest sample of each minute. RSS under load is a saw
 * (the heap grows to the next major GC, then drops), so one sample, and a slope, depend on where in a tooth
 * they fall; the floors are what the heap comes back to after each collection, and rise only with a leak.
 */
function rssTrend(samples) {
  const values = samples.map((s) => s.rssMb);
  return {
    samples: samples.length,
    firstMb: values[0] ?? null,
    lastMb: values.at(-1) ?? null,
    minMb: values.length ? Math.min(...values) : null,
    maxMb: values.length ? Math.max(...values) : null,
    slopeMbPerMinute: slopeMbPerMinute(samples),
    secondHalfSlopeMbPerMinute: slopeMbPerMinute(samples.slice(Math.floor(samples.length / 2))),
    minuteFloorsMb: minuteFloors(samples),
  };
}

module.exports = { cpuMs, rssMb, rssPeaks, rssTrend };
