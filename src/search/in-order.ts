/**
 * Hands on values in a fixed order, whatever order they arrive in.
 *
 * Why: Pagefind numbers pages in the order it is given them, and the build renders sixteen pages
 * at once, which finish in a different order each time. Given to Pagefind as they finish, the
 * same site would get a different index every build; held back until the pages before them are
 * in, they go in the same order every time, and only the few pages rendered out of turn wait.
 */
export class InOrder<T> {
  readonly #order: readonly string[];
  readonly #expected: ReadonlySet<string>;
  readonly #waiting = new Map<string, T>();
  #next = 0;

  /** `keys`: every key expected, in the order their values are to be handed on. */
  constructor(keys: Iterable<string>) {
    this.#order = [...keys];
    this.#expected = new Set(this.#order);
  }

  /** Takes the value of one key, and gives back the values now due, in order. */
  add(key: string, value: T): T[] {
    if (this.#waiting.has(key)) throw new Error(`in-order: ${key} was given twice; expected each key once`);
    this.#waiting.set(key, value);
    if (!this.#expected.has(key)) return [];
    const due: T[] = [];
    while (this.#next < this.#order.length && this.#waiting.has(this.#order[this.#next]!)) {
      const next = this.#order[this.#next++]!;
      due.push(this.#waiting.get(next)!);
      this.#waiting.delete(next);
    }
    return due;
  }

  /**
   * The values still held, once nothing more will come: those of expected keys in their order
   * (past any key that never came), then those of keys nobody expected, sorted.
   */
  rest(): T[] {
    const expected = this.#order.slice(this.#next).filter((key) => this.#waiting.has(key));
    const unexpected = [...this.#waiting.keys()].filter((key) => !this.#expected.has(key)).sort();
    const values = [...expected, ...unexpected].map((key) => this.#waiting.get(key)!);
    this.#waiting.clear();
    this.#next = this.#order.length;
    return values;
  }

  /** How many values are held back, waiting for an earlier one. */
  get waiting(): number {
    return this.#waiting.size;
  }
}
