// PDF transformation matrices [a, b, c, d, e, f], multiplied with the same products in the same
// order as pdfjs's Util.transform (so text positions match pdfjs's own to the last bit).
export type Matrix = number[];

/** m1 × m2: the matrix that applies m2 first, then m1 (pdfjs's Util.transform). */
export const transform = (m1: Matrix, m2: Matrix): Matrix => [
  m1[0] * m2[0] + m1[2] * m2[1],
  m1[1] * m2[0] + m1[3] * m2[1],
  m1[0] * m2[2] + m1[2] * m2[3],
  m1[1] * m2[2] + m1[3] * m2[3],
  m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
  m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
];

/** The point (x, y) under m. */
export const applyPoint = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
