import { availableParallelism } from 'node:os';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The build's helpers (the checks and the renderers of a large doc set) run as processes of their
 * own, not as worker threads: memory a worker thread used stays with the build's process after the
 * thread ends, so the checks', the renderers' and Astro's own needs stacked up to one high-water
 * mark. A process gives its memory back when it exits.
 *
 * Messages go both ways as structured clones, as between worker threads. Node keeps the messages
 * that reach a helper before it listens (while it loads its modules) until it does.
 */

type Message = Parameters<ChildProcess['send']>[0];

/** What a helper that could not start sends instead of answers. */
interface Failure {
  failed: string;
}

function isFailure(message: unknown): message is Failure {
  return typeof message === 'object' && message !== null && 'failed' in message;
}

export interface Helper {
  /** Sends a message, in order after those before it. */
  send(message: unknown): void;
  /** Ends the helper, whatever it is doing. */
  close(): Promise<void>;
}

export interface HelperEvents<Answer> {
  answer(message: Answer): void;
  /** The helper could not start, or stopped before it was closed: why, in words. */
  end(problem: string): void;
}

/**
 * Starts `module` as a helper process, given `input` first. It runs on the same Node without this
 * process's flags (a test runner's or a benchmark's hooks).
 */
export function startHelper<Answer>(module: URL, input: unknown, events: HelperEvents<Answer>): Helper {
  const child = fork(fileURLToPath(module), [], {
    serialization: 'advanced',
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send(input as Message);
  let closing = false;
  let ended = false;
  const end = (problem: string) => {
    if (ended || closing) return;
    ended = true;
    events.end(problem);
  };
  child.on('message', (message: unknown) =>
    isFailure(message) ? end(`failed: ${message.failed}`) : events.answer(message as Answer),
  );
  child.on('error', (error) => end(`failed: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (code !== 0 || signal) end(`stopped with ${signal ? `signal ${signal}` : `exit code ${code}`}`);
  });
  return {
    send(message) {
      if (!ended) child.send(message as Message);
    },
    async close() {
      closing = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

/**
 * In a helper: handles each message after the first with the handler `start` makes of the first
 * (the input), and sends back what it answers. A helper that cannot start says why and ends.
 */
export function serveHelper<Input>(start: (input: Input) => Promise<(message: never) => Promise<unknown>>): void {
  let handler: Promise<(message: unknown) => Promise<unknown>> | undefined;
  process.on('message', (message: unknown) => {
    if (!handler) {
      handler = start(message as Input) as Promise<(message: unknown) => Promise<unknown>>;
      handler.catch((error: Error) => {
        send({ failed: error.message } satisfies Failure, () => process.exit(1));
      });
      return;
    }
    void handler.then(
      (handle) => handle(message).then((answer) => send(answer)),
      // A helper that could not start has said so once, above.
      () => undefined,
    );
  });
}

/**
 * In a helper that does one job: answers its input (once the answer is ready), then ends. `tell`
 * sends the build a message before the answer, so the helper need not hold all of it to the end.
 */
export function answerHelper<Input>(answer: (input: Input, tell: (message: unknown) => void) => unknown): void {
  serveHelper<Input>(async (input) => {
    send(await answer(input, (message) => send(message)), () => process.disconnect());
    return async () => undefined;
  });
}

/** Sends to the build; a helper whose build has gone (the pipe is closed) just ends. */
function send(message: unknown, then?: () => void): void {
  process.send?.(message as Message, undefined, undefined, (error: Error | null) =>
    error ? process.exit(1) : then?.(),
  );
}

/** Below this many articles for each helper, starting helpers costs more than it saves. */
const ARTICLES_PER_HELPER = 250;

/**
 * How many helper processes share `articles` articles, checking or rendering them: one per core,
 * none (the build's own thread) when fewer than two would each have a fair share.
 */
export function helpersFor(articles: number): number {
  const helpers = Math.min(availableParallelism(), Math.floor(articles / ARTICLES_PER_HELPER));
  return helpers >= 2 ? helpers : 0;
}
