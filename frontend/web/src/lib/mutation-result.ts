/** One reason a mutation refused: a stable code, the server's translated message, the input it is about. */
export interface MutationProblem {
  code: string;
  message: string;
  field?: string | null;
}

/** Every accounts mutation answers `{ ok, errors, … }`. */
export interface MutationPayload {
  ok: boolean;
  errors: MutationProblem[];
}

/** A mutation that answered `ok: false`; `problems` are its (translated) reasons. */
export class MutationFailed extends Error {
  readonly problems: MutationProblem[];

  constructor(problems: MutationProblem[], fallbackMessage: string) {
    super(problems[0]?.message || fallbackMessage);
    this.name = 'MutationFailed';
    this.problems = problems.length ? problems : [{ code: 'INTERNAL', message: fallbackMessage }];
  }

  get code(): string {
    return this.problems[0].code;
  }
}

/** The payload when it is ok; otherwise throws MutationFailed with its errors. */
export function unwrapPayload<T extends MutationPayload>(payload: T | null | undefined, fallbackMessage: string): T {
  if (!payload) throw new MutationFailed([], fallbackMessage);
  if (!payload.ok) throw new MutationFailed(payload.errors ?? [], fallbackMessage);
  return payload;
}
