// Child process of the API bench: runs autocannon against a loopback GraphQL URL with rotating request bodies and prints its summary as JSON.
import autocannon from 'autocannon';

interface LoadSpec {
  url: string;
  bodies: string[];
  connections: number;
  seconds: number;
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(spec.url)) throw new Error('loadClient: loopback URLs only');
  let next = 0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: Math.min(Math.max(1, spec.seconds), 120),
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: spec.bodies[next++ % spec.bodies.length] }),
      },
    ],
  });
  // Completed requests over the measured time: autocannon's requests.average is a mean of per-second buckets, which
  // a short run (the smoke's one second) can leave empty and report as 0 although requests completed.
  const seconds = Math.max(1e-3, (result.finish.getTime() - result.start.getTime()) / 1000);
  process.stdout.write(
    JSON.stringify({
      reqPerSec: result.requests.total / seconds,
      total: result.requests.total,
      // Requests sent, answered or not: what the smoke run checks, since a one-second run on a busy machine may
      // end before the first answer.
      sent: result.requests.sent,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    }),
  );
}

main().catch((error) => {
  process.stderr.write(`loadClient: ${(error as Error).message}\n`);
  process.exit(1);
});
