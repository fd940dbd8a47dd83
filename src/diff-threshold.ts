/** The lowest score of a pair that `diff` keeps (0..1): here alone, so that the CLI's help shows it without loading the matcher. */
export const DEFAULT_THRESHOLD = 0.3;
